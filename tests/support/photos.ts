import sharp from 'sharp';

/**
 * A 3000×2000 landscape that compresses like a photo: gradients and shapes with lighting-like
 * colour blotches, grey texture and fine grain (pure noise would compress like nothing real),
 * saved as a camera would, with EXIF carrying the camera's make and a GPS position. Another
 * `accent` colour gives another photo (other bytes), for a build that has never seen it.
 */
export async function photo(
  width = 3000,
  height = 2000,
  { accent = '#b33c2e' }: { accent?: string } = {}
): Promise<Buffer> {
  const scene = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}">
    <defs>
      <linearGradient id="land" x1="0" y1="0" x2="0" y2="1">
        <stop offset="0" stop-color="#3a6ea5"/><stop offset="0.55" stop-color="#c9d9e8"/>
        <stop offset="0.56" stop-color="#5b7f3a"/><stop offset="1" stop-color="#2f4a1c"/>
      </linearGradient>
      <radialGradient id="sun">
        <stop offset="0" stop-color="#fff6d5"/><stop offset="1" stop-color="#fff6d5" stop-opacity="0"/>
      </radialGradient>
    </defs>
    <rect width="100%" height="100%" fill="url(#land)"/>
    <circle cx="${width * 0.7}" cy="${height * 0.25}" r="${height * 0.2}" fill="url(#sun)"/>
    <ellipse cx="${width * 0.3}" cy="${height * 0.75}" rx="${width * 0.2}" ry="${height * 0.12}" fill="#7a5a3a"/>
    <rect x="${width * 0.55}" y="${height * 0.4}" width="${width * 0.12}" height="${height * 0.3}" fill="${accent}"/>
  </svg>`;
  const noise = async (cells: number, sigma: number, grey: boolean) => {
    let layer = sharp({
      create: {
        width: Math.round(width / cells),
        height: Math.round(height / cells),
        channels: 3,
        // Ignored when there is noise; sharp's types require it all the same.
        background: '#808080',
        noise: { type: 'gaussian', mean: 128, sigma },
      },
    });
    if (grey) layer = sharp(await layer.greyscale().png().toBuffer()).toColourspace('srgb');
    return sharp(await layer.png().toBuffer())
      .resize(width, height, { kernel: 'cubic' })
      .png()
      .toBuffer();
  };
  return sharp(Buffer.from(scene))
    .composite([
      { input: await noise(100, 40, false), blend: 'soft-light' },
      { input: await noise(6, 30, true), blend: 'soft-light' },
      { input: await noise(1, 10, true), blend: 'soft-light' },
    ])
    .withExif({
      IFD0: { Make: 'TestCam', Copyright: 'Zorgzone' },
      IFD3: {
        GPSLatitudeRef: 'N',
        GPSLatitude: '50/1 50/1 12/1',
        GPSLongitudeRef: 'E',
        GPSLongitude: '4/1 21/1 0/1',
      },
    })
    .jpeg({ quality: 92 })
    .toBuffer();
}
