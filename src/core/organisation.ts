/**
 * How a workspace organises its links besides tags: folders (campaigns), tag colours, UTM
 * templates for the link form, and saved views of the links list and analytics. Pure data.
 */
import type { UtmField } from './link-utm.js';

export interface Folder {
  id: string;
  workspaceId: string;
  name: string;
  createdAt: number;
  updatedAt: number;
}

/** Named colours (the dashboard maps each to a light and a dark shade with enough contrast). */
export const TAG_COLORS = ['gray', 'red', 'orange', 'yellow', 'green', 'teal', 'blue', 'purple', 'pink'] as const;
export type TagColor = (typeof TAG_COLORS)[number];

export interface UtmTemplate {
  id: string;
  workspaceId: string;
  name: string;
  utm: Partial<Record<UtmField, string>>;
  createdAt: number;
  updatedAt: number;
}

export const VIEW_SCREENS = ['links', 'analytics'] as const;
export type ViewScreen = (typeof VIEW_SCREENS)[number];

export interface SavedView {
  id: string;
  workspaceId: string;
  name: string;
  screen: ViewScreen;
  /** The screen's filter as a query string, e.g. `tag=spring&folderId=fld_…`. */
  query: string;
  createdAt: number;
}
