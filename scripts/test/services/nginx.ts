import { spawn, type ChildProcess } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';

/**
 * nginx for the measuring scripts and the proxy e2e test: deploy/nginx/homepress.conf as shipped,
 * pointed at the application's port and listening on `cachePort`, plus any extra server blocks.
 * Runs in the foreground under `dir`; end it by killing its process group.
 */
export function startNginx(options: {
  dir: string;
  appPort: number;
  cachePort: number;
  extraServers?: string;
}): ChildProcess {
  const { dir } = options;
  // Started as root, nginx's workers run as an unprivileged user: they must reach the cache.
  chmodSync(dir, 0o755);
  mkdirSync(path.join(dir, 'cache'), { recursive: true, mode: 0o777 });
  chmodSync(path.join(dir, 'cache'), 0o777);
  const deploy = readFileSync(
    path.join(__dirname, '..', '..', '..', 'deploy', 'nginx', 'homepress.conf'),
    'utf8',
  )
    .replace('/var/cache/nginx/homepress', path.join(dir, 'cache'))
    .replace('127.0.0.1:3000', `127.0.0.1:${options.appPort}`)
    .replace('listen 80;', `listen ${options.cachePort};`);
  const config = `worker_processes auto;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 4096; }
http {
    access_log off;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 100000;
    client_body_temp_path ${path.join(dir, 'body')};
    proxy_temp_path ${path.join(dir, 'proxy')};
${options.extraServers ?? ''}
${deploy}
}
`;
  writeFileSync(path.join(dir, 'nginx.conf'), config);
  return spawn('nginx', ['-p', dir, '-c', path.join(dir, 'nginx.conf'), '-g', 'daemon off;'], {
    stdio: 'ignore',
    detached: true,
  });
}
