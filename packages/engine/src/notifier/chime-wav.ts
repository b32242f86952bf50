/** Samples per second of the generated chime. */
export const chimeSampleRate = 22_050;

/** The two notes of the chime: frequency in hertz and length in milliseconds. */
const notes = [
  { frequencyHz: 880, durationMs: 110 },
  { frequencyHz: 1_320, durationMs: 170 },
];

/** Amplitude at volume 100, below full scale so the notes never clip. */
const maxAmplitude = 0.8 * 32_767;

/**
 * Builds a short two-note chime as a WAV file: 16-bit mono PCM at 22.05 kHz, each note fading
 * out. `volume` (0 to 100) scales the samples linearly, as an audio element's volume does, so
 * every player plays it at the chosen volume without a volume flag of its own.
 */
export function createChimeWav(volume: number): Buffer {
  const gain = Math.min(100, Math.max(0, volume)) / 100;
  const samples: number[] = [];
  for (const note of notes) {
    const count = Math.round((chimeSampleRate * note.durationMs) / 1000);
    for (let index = 0; index < count; index += 1) {
      const fade = 1 - index / count;
      const wave = Math.sin((2 * Math.PI * note.frequencyHz * index) / chimeSampleRate);
      samples.push(Math.round(maxAmplitude * gain * fade * wave));
    }
  }

  const dataBytes = samples.length * 2;
  const wav = Buffer.alloc(44 + dataBytes);
  wav.write('RIFF', 0, 'ascii');
  wav.writeUInt32LE(36 + dataBytes, 4);
  wav.write('WAVE', 8, 'ascii');
  wav.write('fmt ', 12, 'ascii');
  wav.writeUInt32LE(16, 16); // size of the fmt chunk
  wav.writeUInt16LE(1, 20); // PCM
  wav.writeUInt16LE(1, 22); // mono
  wav.writeUInt32LE(chimeSampleRate, 24);
  wav.writeUInt32LE(chimeSampleRate * 2, 28); // bytes per second
  wav.writeUInt16LE(2, 32); // bytes per sample frame
  wav.writeUInt16LE(16, 34); // bits per sample
  wav.write('data', 36, 'ascii');
  wav.writeUInt32LE(dataBytes, 40);
  samples.forEach((sample, index) => {
    wav.writeInt16LE(sample, 44 + index * 2);
  });
  return wav;
}
