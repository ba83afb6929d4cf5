/** The links table: short link with copy, destination, tags (click to filter), clicks, created, actions. */
import { CopyButton } from '../components/copy-button.js';
import { QrIcon } from '../components/icons.js';
import { displayUrl, formatDate, formatNumber } from '../lib/format.js';
import type { Link } from '../lib/types.js';

export interface LinksTableProps {
  rows: Link[];
  caption: string;
  /** Show edit and delete. */
  writable: boolean;
  onTag(tag: string): void;
  onQr(link: Link): void;
  onDelete(link: Link): void;
}

export function LinksTable({ rows, caption, writable, onTag, onQr, onDelete }: LinksTableProps) {
  return (
    <div class="table-wrap">
      <table data-testid="links-table">
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Short link</th>
            <th scope="col">Destination</th>
            <th scope="col" class="col-optional">Tags</th>
            <th scope="col" class="num" title="Clicks by people; bots are counted apart">Human clicks</th>
            <th scope="col" class="col-optional">Created</th>
            <th scope="col" class="col-optional">
              <span class="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((link) => (
            <tr key={link.id} data-testid="link-row">
              <td>
                <div class="short">
                  <a class="cell-link slug" href={`#/links/${encodeURIComponent(link.id)}`}>
                    /{link.slug}
                  </a>
                  <CopyButton text={link.shortUrl} label={`Copy short link ${displayUrl(link.shortUrl)}`} compact />
                </div>
                <span class="muted small hide-narrow">{link.domain}</span>
              </td>
              <td class="dest-cell">
                {link.title && <span class="dest-title">{link.title}</span>}
                <div class="dest" title={link.url}>
                  {displayUrl(link.url)}
                </div>
              </td>
              <td class="col-optional">
                {link.tags.map((t) => (
                  <button type="button" class="tag" key={t} onClick={() => onTag(t)} aria-label={`Filter by tag ${t}`}>
                    {t}
                  </button>
                ))}
              </td>
              <td class="num">{formatNumber(link.humanClicks)}</td>
              <td class="col-optional nowrap">{formatDate(link.createdAt)}</td>
              <td class="col-optional nowrap">
                <button type="button" class="btn btn-ghost btn-sm btn-icon" aria-label={`QR code for /${link.slug}`} title="QR code" onClick={() => onQr(link)}>
                  <QrIcon />
                </button>
                {writable && (
                  <>
                    <a class="btn btn-ghost btn-sm" href={`#/links/${encodeURIComponent(link.id)}/edit`} aria-label={`Edit /${link.slug}`}>
                      Edit
                    </a>
                    <button type="button" class="btn btn-ghost btn-sm btn-danger" aria-label={`Delete /${link.slug}`} onClick={() => onDelete(link)}>
                      Delete
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
