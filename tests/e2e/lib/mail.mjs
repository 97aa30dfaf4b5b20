// Reading the mail `handen serve` writes as .eml files (no SMTP in tests):
// decoded as a mail program would, to follow the links in it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

function decodeQuotedPrintable(text) {
  const joined = text.replace(/=\r?\n/g, '');
  const bytes = [];
  for (let i = 0; i < joined.length; i++) {
    const hex = joined.slice(i + 1, i + 3);
    if (joined[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(joined[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function decode(raw) {
  const split = raw.search(/\r?\n\r?\n/);
  const head = raw.slice(0, split);
  const body = raw.slice(split).trimStart();
  const to = /^To: (.*)$/im.exec(head)?.[1] ?? '';
  if (/Content-Transfer-Encoding: base64/i.test(head)) {
    return { to, body: Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8') };
  }
  if (/Content-Transfer-Encoding: quoted-printable/i.test(head)) {
    return { to, body: decodeQuotedPrintable(body) };
  }
  return { to, body };
}

function mails(dir) {
  let names = [];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith('.eml'));
  } catch {
    return [];
  }
  return names.map((n) => decode(readFileSync(join(dir, n), 'utf8')));
}

// Waits for a mail to `to` whose body has a link to `path` with a token,
// one not in `seen`; returns the link.
export async function waitForLink(dir, to, path, seen = new Set()) {
  const pattern = new RegExp(`https?://\\S+${path}#token=[0-9a-f]+(&next=\\S*)?`);
  const deadline = Date.now() + 10_000;
  for (;;) {
    for (const mail of mails(dir)) {
      const link = pattern.exec(mail.body)?.[0];
      if (link && mail.to.includes(to) && !seen.has(link)) {
        seen.add(link);
        return link;
      }
    }
    if (Date.now() > deadline) throw new Error(`no mail to ${to} with a ${path} link in ${dir}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
