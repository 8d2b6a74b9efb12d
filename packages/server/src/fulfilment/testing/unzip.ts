// Test-only: reads every file of a zip into memory (yauzl, the reader that pairs with yazl).
import yauzl from 'yauzl';

export async function unzip(zip: Buffer): Promise<Record<string, string>> {
  const zipfile = await new Promise<yauzl.ZipFile>((resolve, reject) => yauzl.fromBuffer(zip, { lazyEntries: false }, (e, z) => (e ? reject(e) : resolve(z))));
  const files: Record<string, string> = {};
  await new Promise<void>((resolve, reject) => {
    zipfile.on('entry', (entry: yauzl.Entry) =>
      zipfile.openReadStream(entry, async (e, stream) => {
        if (e) return reject(e);
        const chunks: Buffer[] = [];
        for await (const c of stream) chunks.push(c as Buffer);
        files[entry.fileName] = Buffer.concat(chunks).toString('utf8');
      }),
    );
    zipfile.on('end', () => setTimeout(resolve, 50));
  });
  return files;
}
