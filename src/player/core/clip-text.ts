// How a clip is said to the viewer: its status and the Seek slider's description.
import type { Clip } from './clip';
import { formatTime } from './time';

/** `Clip 46:47–48:08`: the status that tells the viewer they opened a clip. */
export const clipLabel = ({ start, end }: Clip) => `Clip ${formatTime(start)}–${formatTime(end)}`;

/** `Clip from 46:47 to 48:08`: the Seek slider's description while a clip is set. */
export const clipDescription = ({ start, end }: Clip) => `Clip from ${formatTime(start)} to ${formatTime(end)}`;
