#!/usr/bin/env bash
# Builds the local media mirror of the seed episode in public/media, laid out like the
# Rawkode Academy CDN (contract §4), so the app runs and is tested with no network:
#   videos/<videoId>/stream.m3u8      HLS master playlist (CODECS, RESOLUTION, BANDWIDTH)
#   videos/<videoId>/144p.m3u8        media playlist: fMP4 segments as byte ranges of ...
#   videos/<videoId>/144p.mp4         ... one file (init segment + every fragment)
#   videos/<videoId>/thumbnail.webp   poster
#   videos/<videoId>/captions/en.vtt  a dense sample caption track: a cue every ~3.6 s, like an
#                                     hour of real speech (~1,200 cues), each naming its chapter
# The picture is a clock (H:MM:SS) and the chapter number, so a person or a test looking at a
# frame can tell where the playhead is. The segments are byte ranges of one file (HLS
# single_file) rather than ~1100 small files, which keeps git tidy; Chromium's native HLS and
# hls.js both play it. Re-running gives byte-identical files on the same
# ffmpeg/x264 build (single-threaded encode, no timestamps or random ids in the output).
# The captions are SAMPLE TEXT, and say so: placeholder sentences and ordinary words for search
# to find, a few lines given to an obviously fictional `Sample Narrator`; nobody's real words.
# Usage: npm run media:mirror                      everything (re-encodes the video: minutes)
#        npm run media:mirror -- --captions-only   the caption track alone (a second; no ffmpeg)
set -euo pipefail

CAPTIONS_ONLY=false
case "${1:-}" in
  '') ;;
  --captions-only) CAPTIONS_ONLY=true ;;
  *) echo "make-media-mirror: unknown option $1 (try --captions-only)" >&2; exit 1 ;;
esac

# --- inputs -------------------------------------------------------------------------------------
VIDEO_ID=f7rvx2rb04zl2vhgoltwedf5
DURATION=4453 # seconds; must equal the episode's `duration`
# Chapters (start times and titles) and the poster's title are read from the episode itself, so
# the mirror cannot drift from the content; its videoId and duration must match the two above.
EPISODE_FILE=content/episodes/introducing-apko-and-melange.md

CAPTION_SECONDS=3.6  # about how long each caption lasts: ~1,200 cues over the episode, as in an hour of speech

# --- encoding settings (chosen to keep the whole mirror to a few MB in git) ----------------------
WIDTH=256
HEIGHT=144
FPS=2               # the clock only changes once a second; 2 fps keeps playback visibly moving
KEYFRAME_SECONDS=2  # every seek decodes at most 3 frames after a keyframe: precise and instant
SEGMENT_SECONDS=4   # as on the CDN
CRF=46              # flat colours and big text stay readable even at this quality
AUDIO_RATE=8000     # silent mono AAC: an audio track like the CDN's, for ~60 bytes/s (0.3 MB)
AUDIO_BITRATE=8k
RENDITION=144p
FONT=/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf
BACKGROUND=0x1e1b4b
ACCENT=0x818cf8

ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
OUT="$ROOT/public/media/videos/$VIDEO_ID"

TOOLS=(node)
$CAPTIONS_ONLY || TOOLS+=(ffmpeg)
for tool in "${TOOLS[@]}"; do
  command -v "$tool" >/dev/null || { echo "make-media-mirror: $tool is required" >&2; exit 1; }
done
$CAPTIONS_ONLY || [[ -f $FONT ]] || { echo "make-media-mirror: font $FONT is missing (apt-get install fonts-dejavu-core)" >&2; exit 1; }

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT

# --- chapters, captions and poster text, from the episode's front-matter -------------------------
# Writes: chapter-starts.txt (one start per line), title.txt, en.vtt.
(cd "$ROOT" && node --input-type=module - "$EPISODE_FILE" "$VIDEO_ID" "$DURATION" "$WORK" "$CAPTION_SECONDS" <<'NODE'
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'yaml';

const [episodeFile, videoId, durationText, workDir, captionSecondsText] = process.argv.slice(2);
const duration = Number(durationText);
const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(episodeFile, 'utf8'))?.[1];
if (frontMatter === undefined) throw new Error(`${episodeFile}: no front-matter`);
const episode = parse(frontMatter);
if (episode.videoId !== videoId || episode.duration !== duration) {
  throw new Error(`${episodeFile} has videoId ${episode.videoId} and duration ${episode.duration}; ` +
    `the script's constants say ${videoId} and ${duration}: update one of them`);
}
const chapters = (episode.chapters ?? []).filter((chapter) => chapter.startTime < duration);

const clock = (seconds) => {
  const ms = Math.round(seconds * 1000);
  const pad = (value, width) => String(value).padStart(width, '0');
  return `${pad(Math.floor(ms / 3600000), 2)}:${pad(Math.floor(ms / 60000) % 60, 2)}:` +
    `${pad(Math.floor(ms / 1000) % 60, 2)}.${pad(ms % 1000, 3)}`;
};
const escapeCueText = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// Sample captions, dense like real speech: each chapter (and the time before the first, if any)
// is cut into cues of about CAPTION_SECONDS, so captions are on screen wherever one seeks and a
// cue never straddles a chapter start. Each cue ends 1 ms before the next begins: Chromium counts
// a cue as active at its exact end time, so touching cues would show two captions at once.
// The words are placeholders that say what they are, with ordinary words picked by a fixed
// pseudo-random sequence (the same file every run) so that search has something to find.
const captionSeconds = Number(captionSecondsText);
const WORDS = ('apple harbour lantern meadow river pebble violin orchard window compass garden ' +
  'kettle ribbon thunder candle pepper island marble feather bridge sunrise notebook ladder ' +
  'saddle anchor blanket cabinet falcon glacier hammer jigsaw lemon mirror needle oyster ' +
  'parcel quilt rocket spoon tunnel umbrella velvet walnut yogurt zipper biscuit cobble ' +
  'dolphin engine forest gravel hollow igloo jasmine kitten lagoon mitten nutmeg').split(' ');
let seed = 20240317;
const nextRandom = () => {
  // mulberry32: small, fixed, and the same in every Node.
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = () => WORDS[Math.floor(nextRandom() * WORDS.length)];

const spans = [];
const firstStart = chapters[0]?.startTime ?? duration;
if (firstStart > 0) spans.push({ start: 0, end: firstStart, label: 'Before the first chapter' });
chapters.forEach((chapter, index) => {
  spans.push({ start: chapter.startTime, end: chapters[index + 1]?.startTime ?? duration, label: `Chapter ${index + 1}: ${chapter.title}` });
});
const timings = spans.flatMap(({ start, end, label }) => {
  const count = Math.max(1, Math.round((end - start) / captionSeconds));
  // In whole milliseconds, as the file writes them, so each cue can end exactly 1 ms before the next.
  const at = (index) => Math.round((start + ((end - start) * index) / count) * 1000);
  return Array.from({ length: count }, (_, index) => ({ startMs: at(index), endMs: at(index + 1), label, firstInSpan: index === 0 }));
});
const total = timings.length.toLocaleString('en-US');
const cues = timings.map(({ startMs, endMs, label, firstInSpan }, index) => {
  const number = (index + 1).toLocaleString('en-US');
  const sentence = index % 3 === 0
    ? 'Placeholder text for testing the transcript.'
    : `Sample words: ${pick()}, ${pick()} and ${pick()}.`;
  // A fictional voice opens each chapter, so speakers show in the transcript too.
  const voice = firstInSpan ? '<v Sample Narrator>' : '';
  const last = index === timings.length - 1;
  return `${clock(startMs / 1000)} --> ${clock((last ? endMs : endMs - 1) / 1000)}\n` +
    `${voice}${escapeCueText(label)}\nSample caption ${number} of ${total}. ${sentence}`;
});
writeFileSync(`${workDir}/en.vtt`, ['WEBVTT', ...cues].join('\n\n') + '\n');
writeFileSync(`${workDir}/chapter-starts.txt`, chapters.map((chapter) => `${chapter.startTime}\n`).join(''));
writeFileSync(`${workDir}/title.txt`, episode.title);
NODE
)

if $CAPTIONS_ONLY; then
  mkdir -p "$OUT/captions"
  cp "$WORK/en.vtt" "$OUT/captions/en.vtt"
  echo "Captions for $VIDEO_ID: $(grep -c -- '-->' "$OUT/captions/en.vtt") cues in ${OUT#"$ROOT"/}/captions/en.vtt"
  exit 0
fi

mapfile -t CHAPTER_STARTS <"$WORK/chapter-starts.txt"
CHAPTER_COUNT=${#CHAPTER_STARTS[@]}
# The chapter number at time t is how many chapters have started by then (0 before the first).
# Keyframes on a fixed grid, plus one at each chapter start: the chapter number changes only on a
# keyframe (at this low quality a P-frame leaves a ghost of the old number), and seeking to a
# chapter lands on one. The grid stays intact, so segments stay exactly $SEGMENT_SECONDS s.
# (x264 itself would only place keyframes every -g frames after the last one, which a chapter
# start would knock off the grid; so every keyframe is forced, and x264's macroblock tree, which
# expects long GOPs and then spends ~30% more on each keyframe, is turned off.)
CHAPTER_AT_T=0
KEYFRAME_AT_T="not(mod(t,$KEYFRAME_SECONDS))"
for start in "${CHAPTER_STARTS[@]}"; do
  CHAPTER_AT_T+="+gte(t\\,$start)"
  KEYFRAME_AT_T+="+gte(t,$start)*lt(t,$start+1/$FPS)" # the first frame at or after the start
done

# --- the rendition -------------------------------------------------------------------------------
# Drawn from the frame's own timestamp, which is also its media time in the players (checked in
# Chromium's native HLS and in hls.js), so the clock reads exactly where the playhead is.
CLOCK_TEXT='%{eif\:trunc(t/3600)\:d}\:%{eif\:mod(trunc(t/60)\,60)\:d\:2}\:%{eif\:mod(trunc(t)\,60)\:d\:2}'
cat >"$WORK/picture.filter" <<FILTER
[0:v]drawtext=fontfile=$FONT:fontsize=$((HEIGHT * 14 / 144)):fontcolor=0xc7d2fe:x=(w-tw)/2:y=h*0.12:text='Chapter %{eif\:$CHAPTER_AT_T\:d}/$CHAPTER_COUNT',
drawtext=fontfile=$FONT:fontsize=$((HEIGHT * 44 / 144)):fontcolor=white:x=(w-tw)/2:y=(h-th)/2:text='$CLOCK_TEXT'[picture];
[1:v]scale=$WIDTH:4[bar];
[picture][bar]overlay=x=-W+W*t/$DURATION:y=H-6:eval=frame[video]
FILTER

# The AAC encoder puts 1024 samples of priming before the first sample. Offsetting the silent
# input by that much makes the first audio packet start at 0 like the video; otherwise ffmpeg
# shifts the video later by the priming, and every frame would show a clock ~0.13 s early.
# The silence is cut to end on the last whole AAC frame (1024 samples) before $DURATION, so the
# audio never outlasts the video and the players' duration is exactly the episode's.
read -r AUDIO_PRIMING AUDIO_SECONDS < <(awk -v rate="$AUDIO_RATE" -v duration="$DURATION" 'BEGIN {
  frames = int(duration * rate / 1024)
  printf "%.6f %.6f\n", 1024 / rate, (frames - 1) * 1024 / rate }')

ffmpeg -hide_banner -loglevel error -nostdin -y \
  -f lavfi -i "color=c=$BACKGROUND:s=${WIDTH}x${HEIGHT}:r=$FPS:d=$DURATION" \
  -f lavfi -i "color=c=$ACCENT:s=16x4:r=$FPS:d=$DURATION" \
  -itsoffset "$AUDIO_PRIMING" -f lavfi -i "anullsrc=r=$AUDIO_RATE:cl=mono:d=$AUDIO_SECONDS" \
  -filter_complex_script "$WORK/picture.filter" \
  -map '[video]' -map 2:a -t "$DURATION" \
  -c:v libx264 -profile:v baseline -preset veryslow -crf "$CRF" -pix_fmt yuv420p -threads 1 \
  -force_key_frames "expr:$KEYFRAME_AT_T" -forced-idr 1 -g $((FPS * KEYFRAME_SECONDS * 10)) -sc_threshold 0 \
  -x264-params mbtree=0 \
  -c:a aac -b:a "$AUDIO_BITRATE" -ac 1 \
  -map_metadata -1 -fflags +bitexact -flags +bitexact \
  -f hls -hls_time "$SEGMENT_SECONDS" -hls_playlist_type vod \
  -hls_segment_type fmp4 -hls_flags single_file \
  -hls_segment_options movflags=+frag_custom+dash+delay_moov+skip_sidx \
  -master_pl_name codecs.m3u8 \
  -hls_segment_filename "$WORK/$RENDITION.mp4" "$WORK/$RENDITION.m3u8"

# ffmpeg's own master playlist gets CODECS right (read from the stream) but guesses BANDWIDTH
# from nominal bitrates; take its CODECS and measure the bandwidth from the segments instead.
CODECS=$(sed -n 's/.*CODECS="\([^"]*\)".*/\1/p' "$WORK/codecs.m3u8")
[[ -n $CODECS ]] || { echo "make-media-mirror: ffmpeg wrote no CODECS" >&2; exit 1; }
read -r PEAK_BPS AVERAGE_BPS < <(awk -F'[:@,]' '
  /^#EXTINF:/ { seconds = $2 }
  /^#EXT-X-BYTERANGE:/ {
    bits = $2 * 8; total_bits += bits; total_seconds += seconds
    if (bits / seconds > peak) peak = bits / seconds
  }
  END { printf "%d %d\n", peak + 0.5, total_bits / total_seconds + 0.5 }' "$WORK/$RENDITION.m3u8")

cat >"$WORK/stream.m3u8" <<M3U8
#EXTM3U
#EXT-X-VERSION:7
#EXT-X-INDEPENDENT-SEGMENTS
#EXT-X-STREAM-INF:BANDWIDTH=$PEAK_BPS,AVERAGE-BANDWIDTH=$AVERAGE_BPS,CODECS="$CODECS",RESOLUTION=${WIDTH}x${HEIGHT},FRAME-RATE=$FPS.000
$RENDITION.m3u8
M3U8

# --- poster --------------------------------------------------------------------------------------
cat >"$WORK/poster.filter" <<FILTER
drawtext=fontfile=$FONT:fontsize=30:fontcolor=white:x=(w-tw)/2:y=h*0.36:expansion=none:textfile=$WORK/title.txt,
drawtext=fontfile=$FONT:fontsize=16:fontcolor=0xc7d2fe:x=(w-tw)/2:y=h*0.58:text='Rawkode Academy · local media mirror',
drawbox=x=0:y=ih-8:w=iw:h=6:color=$ACCENT:t=fill
FILTER
ffmpeg -hide_banner -loglevel error -nostdin -y \
  -f lavfi -i "color=c=$BACKGROUND:s=640x360:d=1" -frames:v 1 \
  -filter_script:v "$WORK/poster.filter" \
  -c:v libwebp -lossless 0 -quality 80 -compression_level 6 -map_metadata -1 -fflags +bitexact \
  "$WORK/thumbnail.webp"

# --- publish -------------------------------------------------------------------------------------
rm -rf "$OUT"
mkdir -p "$OUT/captions"
cp "$WORK/stream.m3u8" "$WORK/$RENDITION.m3u8" "$WORK/$RENDITION.mp4" "$WORK/thumbnail.webp" "$OUT/"
cp "$WORK/en.vtt" "$OUT/captions/en.vtt"

echo "Media mirror for $VIDEO_ID ($DURATION s, $CHAPTER_COUNT chapters) in ${OUT#"$ROOT"/}:"
echo "  $RENDITION: ${WIDTH}x${HEIGHT} @ $FPS fps, keyframe every $KEYFRAME_SECONDS s, $SEGMENT_SECONDS s segments, CODECS=\"$CODECS\""
echo "  bandwidth: peak $PEAK_BPS bit/s, average $AVERAGE_BPS bit/s"
(cd "$OUT" && find . -type f | sort | while read -r file; do
  printf '  %9d  %s\n' "$(stat -c %s "$file")" "${file#./}"
done)
printf '  %9d  total bytes in %d files\n' "$(find "$OUT" -type f -printf '%s\n' | awk '{ s += $1 } END { print s }')" \
  "$(find "$OUT" -type f | wc -l)"
