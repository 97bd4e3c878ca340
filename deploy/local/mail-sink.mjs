// The local stack's mail server: accepts every message over plain SMTP and keeps it in memory, so the services
// send real mail (real SMTP client, real Keycloak address look-up) that nobody outside receives.
//   node deploy/local/mail-sink.mjs SMTP_PORT HTTP_PORT
//   GET  http://127.0.0.1:HTTP_PORT/messages   every message, oldest first: { from, to, subject, text, receivedAt }
//   DELETE the same                            forget them
import { createServer as createHttpServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';

const [smtpPort, httpPort] = process.argv.slice(2).map(Number);
if (!smtpPort || !httpPort) {
  console.error('usage: node mail-sink.mjs SMTP_PORT HTTP_PORT');
  process.exit(2);
}
const LIMIT = 1000; // the oldest are dropped beyond this: a long-running stack must not grow without bound
let messages = [];

/** RFC 2047 encoded words (=?UTF-8?B?…?= and =?UTF-8?Q?…?=), as the mailer writes Chinese subjects. */
function decodeWords(value) {
  return value.replace(/=\?([^?]+)\?([BbQq])\?([^?]*)\?=\s*(?==\?)?/g, (_, charset, kind, text) => {
    const bytes = kind.toUpperCase() === 'B'
      ? Buffer.from(text, 'base64')
      : quotedPrintable(text.replace(/_/g, ' '));
    return new TextDecoder(charset).decode(bytes);
  });
}

function quotedPrintable(text) {
  const bytes = [];
  const soft = text.replace(/=\r?\n/g, '');
  for (let i = 0; i < soft.length; i++) {
    if (soft[i] === '=' && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      bytes.push(parseInt(soft.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(soft[i], 'latin1'));
    }
  }
  return Buffer.from(bytes);
}

/** A single-part message: headers (unfolded, decoded) and its text in the declared transfer encoding and charset. */
function parse(data) {
  const split = data.indexOf('\r\n\r\n');
  const head = (split < 0 ? data : data.slice(0, split)).replace(/\r\n[ \t]+/g, ' ');
  const body = split < 0 ? '' : data.slice(split + 4);
  const headers = {};
  for (const line of head.split('\r\n')) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  const charset = /charset="?([^";]+)"?/i.exec(headers['content-type'] ?? '')?.[1] ?? 'utf-8';
  const encoding = (headers['content-transfer-encoding'] ?? '8bit').toLowerCase();
  const bytes = encoding === 'base64' ? Buffer.from(body, 'base64')
    : encoding === 'quoted-printable' ? quotedPrintable(body) : Buffer.from(body, 'latin1');
  return { subject: decodeWords(headers.subject ?? ''), text: new TextDecoder(charset).decode(bytes).trim() };
}

createTcpServer((socket) => {
  socket.setEncoding('latin1'); // bytes as they came; parse() decodes by the declared charset
  let buffer = '';
  let envelope = { from: '', to: [] };
  let inData = false;
  const reply = (line) => socket.write(`${line}\r\n`);
  reply('220 sanpin-mail-sink ESMTP');
  socket.on('data', (chunk) => {
    buffer += chunk;
    for (;;) {
      if (inData) {
        const end = buffer.indexOf('\r\n.\r\n');
        if (end < 0) return;
        const data = buffer.slice(0, end).replace(/\r\n\.\./g, '\r\n.');
        buffer = buffer.slice(end + 5);
        inData = false;
        messages.push({ ...envelope, ...parse(data), receivedAt: new Date().toISOString() });
        if (messages.length > LIMIT) messages = messages.slice(-LIMIT);
        envelope = { from: '', to: [] };
        reply('250 OK: queued');
        continue;
      }
      const eol = buffer.indexOf('\r\n');
      if (eol < 0) return;
      const line = buffer.slice(0, eol);
      buffer = buffer.slice(eol + 2);
      const verb = line.slice(0, 4).toUpperCase();
      if (verb === 'EHLO') reply('250 sanpin-mail-sink');
      else if (verb === 'HELO') reply('250 sanpin-mail-sink');
      else if (verb === 'MAIL') { envelope.from = /<([^>]*)>/.exec(line)?.[1] ?? ''; reply('250 OK'); }
      else if (verb === 'RCPT') { envelope.to.push(/<([^>]*)>/.exec(line)?.[1] ?? ''); reply('250 OK'); }
      else if (verb === 'DATA') { inData = true; reply('354 end with <CRLF>.<CRLF>'); }
      else if (verb === 'RSET') { envelope = { from: '', to: [] }; reply('250 OK'); }
      else if (verb === 'NOOP') reply('250 OK');
      else if (verb === 'QUIT') { reply('221 bye'); socket.end(); return; }
      else reply('502 command not implemented');
    }
  });
  socket.on('error', () => socket.destroy());
}).listen(smtpPort, '127.0.0.1');

createHttpServer((request, response) => {
  if (request.url !== '/messages') {
    response.writeHead(404).end();
  } else if (request.method === 'DELETE') {
    messages = [];
    response.writeHead(204).end();
  } else {
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(messages));
  }
}).listen(httpPort, '127.0.0.1', () => console.log(`mail sink: SMTP 127.0.0.1:${smtpPort}, messages http://127.0.0.1:${httpPort}/messages`));
