// Reads an episode's captions file into transcript lines with the browser's
// own WebVTT parser.
//
// Why a detached <video><track> of our own rather than the player's captions
// track: the player's track follows the viewer's captions choice (`c`,
// remembered), and a track in 'disabled' mode loads no cues at all; turning
// it to 'hidden' ourselves would fight that choice. A second track on the
// player's <video> would also be prerendered markup the transcript does not
// own. A <track> inside a <video> that is never put in the page is fetched
// and parsed exactly like the player's (same URL, so the HTTP cache serves
// it once, same CORS mode), and tells us plainly when the file is missing or
// not WebVTT: its `error` event.
import { cueWords, plainCueWords, type TranscriptLine } from '../core/transcript';

/**
 * The captions at `url` as lines in start order; null when the file is
 * missing, is not WebVTT or holds no cue with words (then there is no
 * transcript, and no error either).
 */
export function loadTranscript(url: string): Promise<TranscriptLine[] | null> {
  return new Promise((resolve) => {
    const video = document.createElement('video');
    video.preload = 'none';
    video.crossOrigin = 'anonymous'; // as the player's <video>: the media base may be another origin
    const track = document.createElement('track');
    track.kind = 'metadata';
    track.src = url;
    video.append(track);
    const finish = (lines: TranscriptLine[] | null) => {
      track.removeEventListener('load', onLoad);
      track.removeEventListener('error', onError);
      resolve(lines);
    };
    const onLoad = () => finish(readLines(track.track));
    const onError = () => finish(null);
    track.addEventListener('load', onLoad);
    track.addEventListener('error', onError);
    // A track loads only in a mode other than 'disabled'; 'hidden' draws nothing.
    track.track.mode = 'hidden';
  });
}

function readLines(track: TextTrack): TranscriptLine[] | null {
  const cues = track.cues;
  if (!cues) return null;
  const lines: TranscriptLine[] = [];
  for (let i = 0; i < cues.length; i++) {
    const cue = cues[i] as VTTCue;
    // A cue with no tag and no character reference is its text as written: no need to build its nodes.
    const { speaker, words } = /[<&]/.test(cue.text) ? cueWords(cue.getCueAsHTML()) : plainCueWords(cue.text);
    if (words === '') continue;
    lines.push({ start: cue.startTime, end: cue.endTime, ...(speaker !== undefined && { speaker }), words });
  }
  // The parser keeps cues in start order (ties by end); say so rather than rely on it.
  lines.sort((a, b) => a.start - b.start || a.end - b.end);
  return lines.length > 0 ? lines : null;
}
