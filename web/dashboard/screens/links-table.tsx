/**
 * The links table: selection (for bulk edit), short link with copy, destination, tags in their
 * colours (click to filter), human clicks with a 14-day sparkline, folder, created, actions.
 */
import { CopyButton } from '../components/copy-button.js';
import { EditIcon, QrIcon, TrashIcon } from '../components/icons.js';
import { Sparkline } from '../components/sparkline.js';
import { GLOSSARY } from '../../../src/core/glossary.js';
import { displayUrl, formatDate, formatNumber } from '../lib/format.js';
import type { Link, TagColor } from '../lib/types.js';

export interface LinksTableProps {
  rows: Link[];
  caption: string;
  /** Show selection, edit and delete. */
  writable: boolean;
  tagColors: Map<string, TagColor>;
  folderNames: Map<string, string>;
  /** Daily human clicks per link id (oldest first). */
  sparks: Map<string, number[]>;
  selected: Set<string>;
  onSelect(ids: string[], on: boolean): void;
  onTag(tag: string): void;
  onQr(link: Link): void;
  onDelete(link: Link): void;
}

export function LinksTable({ rows, caption, writable, tagColors, folderNames, sparks, selected, onSelect, onTag, onQr, onDelete }: LinksTableProps) {
  const all = rows.length > 0 && rows.every((l) => selected.has(l.id));
  return (
    <div class="table-wrap">
      <table data-testid="links-table">
        <caption class="sr-only">{caption}</caption>
        <thead>
          <tr>
            {writable && (
              <th scope="col" class="pick">
                <input type="checkbox" aria-label={all ? 'Unselect all links shown' : 'Select all links shown'} checked={all} onChange={() => onSelect(rows.map((l) => l.id), !all)} />
              </th>
            )}
            <th scope="col">Short link</th>
            <th scope="col">Destination</th>
            <th scope="col" class="col-optional">Tags</th>
            <th scope="col" class="num" title={GLOSSARY.humanClicks.definition}>{GLOSSARY.humanClicks.label}</th>
            <th scope="col" class="col-optional">14 days</th>
            <th scope="col" class="col-optional">Created</th>
            <th scope="col" class="col-optional">
              <span class="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((link) => {
            const spark = sparks.get(link.id);
            return (
              <tr key={link.id} data-testid="link-row" aria-selected={writable ? selected.has(link.id) : undefined}>
                {writable && (
                  <td class="pick">
                    <input type="checkbox" aria-label={`Select /${link.slug}`} checked={selected.has(link.id)} onChange={(e) => onSelect([link.id], (e.currentTarget as HTMLInputElement).checked)} />
                  </td>
                )}
                <td>
                  <div class="short">
                    <a class="cell-link slug" href={`#/links/${encodeURIComponent(link.id)}`}>
                      /{link.slug}
                    </a>
                    <CopyButton text={link.shortUrl} label={`Copy short link ${displayUrl(link.shortUrl)}`} compact />
                  </div>
                  <span class="muted small hide-narrow">
                    {link.domain}
                    {link.folderId && folderNames.get(link.folderId) ? ` · ${folderNames.get(link.folderId)}` : ''}
                  </span>
                </td>
                <td class="dest-cell">
                  {link.title && <span class="dest-title">{link.title}</span>}
                  <div class="dest" title={link.url}>
                    {displayUrl(link.url)}
                  </div>
                </td>
                <td class="col-optional">
                  {link.tags.map((t) => (
                    <button type="button" class="tag" key={t} data-color={tagColors.get(t) ?? 'gray'} onClick={() => onTag(t)} aria-label={`Filter by tag ${t}`}>
                      {t}
                    </button>
                  ))}
                </td>
                <td class="num">{formatNumber(link.humanClicks)}</td>
                <td class="col-optional">{spark && <Sparkline values={spark} label={`Human clicks of /${link.slug} per day, last ${spark.length} days: ${spark.join(', ')}`} />}</td>
                <td class="col-optional nowrap">{formatDate(link.createdAt)}</td>
                <td class="col-optional nowrap">
                  <button type="button" class="btn btn-ghost btn-sm btn-icon" aria-label={`QR code for /${link.slug}`} title="QR code" onClick={() => onQr(link)}>
                    <QrIcon />
                  </button>
                  {writable && (
                    <>
                      <a class="btn btn-ghost btn-sm btn-icon" href={`#/links/${encodeURIComponent(link.id)}/edit`} aria-label={`Edit /${link.slug}`} title="Edit">
                        <EditIcon />
                      </a>
                      <button type="button" class="btn btn-ghost btn-sm btn-icon btn-danger" aria-label={`Delete /${link.slug}`} title="Delete" onClick={() => onDelete(link)}>
                        <TrashIcon />
                      </button>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
