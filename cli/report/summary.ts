// The terminal summary: per category the services found, then what nothing classified.
import { describeLifetime } from '../aggregate';
import type { ScanReport } from '../types';

const CATEGORY_ORDER = ['necessary', 'analytical', 'functional', 'other'];

export function summary(report: ScanReport): string {
  const lines: string[] = [];
  const failed = report.pages.filter((page) => page.error);
  lines.push(`Scanned ${report.pages.length} page${report.pages.length === 1 ? '' : 's'} of ${report.url}${failed.length ? ` (${failed.length} failed)` : ''}`);
  for (const page of failed) lines.push(`  ! ${page.url}: ${page.error}`);
  lines.push(
    `${report.services.length} known services, ${report.cookies.length} cookies, ${report.hosts.length} third-party hosts, ${report.storage.length} storage keys`,
    '',
  );
  for (const category of CATEGORY_ORDER) {
    const services = report.services.filter((service) => service.category === category);
    if (!services.length) continue;
    lines.push(`${category}:`);
    for (const service of services) {
      const cookies = report.cookies.filter((cookie) => cookie.service?.preset === service.preset);
      lines.push(`  ${service.label} (preset "${service.preset}") on ${service.pages.length} page(s)`);
      if (service.hosts.length) lines.push(`    hosts: ${service.hosts.join(', ')}`);
      for (const cookie of cookies) lines.push(`    cookie ${cookie.name} (${cookie.party}-party, ${describeLifetime(cookie.lifetimeSeconds)}${cookie.refused ? ', refused by the scanning browser' : ''})`);
    }
  }
  const hosts = report.hosts.filter((host) => !host.service);
  const cookies = report.cookies.filter((cookie) => !cookie.service);
  if (hosts.length || cookies.length) {
    lines.push('unclassified (no preset knows them: review and declare them):');
    for (const host of hosts) lines.push(`  host ${host.host} (${host.kinds.join(', ')}; ${host.count} request${host.count === 1 ? '' : 's'})`);
    for (const cookie of cookies) {
      const setter = cookie.setBy[0] ? `, set by ${cookie.setBy[0].url}` : '';
      lines.push(`  cookie ${cookie.name} on ${cookie.domain} (${cookie.party}-party, ${describeLifetime(cookie.lifetimeSeconds)}${setter})`);
    }
  }
  if (report.storage.length) {
    lines.push('storage:');
    for (const item of report.storage) lines.push(`  ${item.area}Storage ${item.key} (${item.origin})`);
  }
  return lines.join('\n') + '\n';
}
