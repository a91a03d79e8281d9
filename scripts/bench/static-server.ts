/**
 * The Node ceiling: a minimal HTTP server answering every request with one in-memory buffer.
 *   node --import tsx scripts/bench/static-server.ts <file> <port>
 */
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';

const [file, port] = process.argv.slice(2);
const body = readFileSync(file!);
createServer((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': body.length });
  res.end(body);
}).listen(Number(port));
