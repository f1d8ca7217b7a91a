// A minimal OLE compound file (MS-CFB, version 3: 512-byte sectors) holding empty streams of the
// given names: the container of .xls workbooks and of workbooks with a password to open
// ("EncryptionInfo", "EncryptedPackage"). Header, one FAT sector, one directory sector.
const ENDOFCHAIN = 0xfffffffe;
const FREESECT = 0xffffffff;
const FATSECT = 0xfffffffd;

export function compoundFile(streams: string[]): Uint8Array {
  if (streams.length > 3) throw new Error('one directory sector holds the root and 3 streams');
  const out = new Uint8Array(512 * 3);
  const v = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 0);
  v.setUint16(24, 0x003e, true); // minor version
  v.setUint16(26, 0x0003, true); // major version 3
  v.setUint16(28, 0xfffe, true); // byte order
  v.setUint16(30, 9, true); // 2^9 = 512-byte sectors
  v.setUint16(32, 6, true); // 64-byte mini sectors
  v.setUint32(44, 1, true); // one FAT sector
  v.setUint32(48, 1, true); // directory at sector 1
  v.setUint32(56, 4096, true); // mini stream cutoff
  v.setUint32(60, ENDOFCHAIN, true); // no mini FAT
  v.setUint32(68, ENDOFCHAIN, true); // no DIFAT sectors
  v.setUint32(76, 0, true); // the FAT is sector 0
  for (let i = 1; i < 109; i++) v.setUint32(76 + 4 * i, FREESECT, true);
  // Sector 0 (file offset 512): the FAT. Sector 1 (offset 1024): the directory.
  for (let i = 0; i < 128; i++) v.setUint32(512 + 4 * i, i === 0 ? FATSECT : i === 1 ? ENDOFCHAIN : FREESECT, true);
  const entry = (index: number, name: string, type: number, child: number, right: number) => {
    const at = 1024 + 128 * index;
    for (let i = 0; i < name.length; i++) v.setUint16(at + 2 * i, name.charCodeAt(i), true);
    v.setUint16(at + 64, 2 * (name.length + 1), true); // name length with its terminator
    out[at + 66] = type; // 5 root, 2 stream
    out[at + 67] = 1; // black
    v.setUint32(at + 68, FREESECT, true); // left sibling
    v.setUint32(at + 72, right, true);
    v.setUint32(at + 76, child, true);
    v.setUint32(at + 116, ENDOFCHAIN, true); // start sector (empty stream)
  };
  entry(0, 'Root Entry', 5, streams.length ? 1 : FREESECT, FREESECT);
  streams.forEach((s, i) => entry(i + 1, s, 2, FREESECT, i + 2 <= streams.length ? i + 2 : FREESECT));
  return out;
}

/** The .xlsx as Excel saves it with macros (.xlsm): a VBA project part and the macro-enabled workbook type. */
export async function asXlsm(xlsx: Uint8Array): Promise<Buffer> {
  // Loaded here so that the compound-file helper needs no zip library.
  const JSZip = (await import('jszip')).default;
  const z = await JSZip.loadAsync(xlsx);
  z.file('xl/vbaProject.bin', compoundFile(['PROJECT', 'PROJECTwm', 'VBA']));
  const types = await z.file('[Content_Types].xml')!.async('string');
  z.file(
    '[Content_Types].xml',
    types
      .replace('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'application/vnd.ms-excel.sheet.macroEnabled.main+xml')
      .replace('</Types>', '<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>'),
  );
  const rels = await z.file('xl/_rels/workbook.xml.rels')!.async('string');
  z.file('xl/_rels/workbook.xml.rels', rels.replace('</Relationships>', '<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>'));
  return z.generateAsync({ type: 'nodebuffer' });
}
