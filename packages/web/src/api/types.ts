// The shapes the web app reads, mirroring the server's response schemas (server/src/**/*.schemas.ts, *.routes.ts).
// Kept here, as plain types, so the browser bundle imports nothing of the server.

export type Role = 'admin' | 'privacy_officer' | 'support_agent' | 'auditor';
export type LocalizedText = string | Record<string, string>;

export interface CenterConfig {
  organisation: { name: string; website: string | null; logoUrl: string | null; primaryColor: string | null; accentColor: string | null };
  languages: string[];
  defaultLanguage: string;
  jurisdictions: Array<{ id: string; requestTypes: string[] }>;
  marketing: { channels: string[]; purposes: Array<{ id: string; name: LocalizedText }> };
  authorisedAgents: { allowed: boolean; proof: string[] };
  verificationMethods: string[];
  requestChannels: Array<{ type: string; value: string }>;
  selfService: Array<{ right: string; url: string }>;
  correctableFields: Array<{ id: string; category: string }>;
}

export type Inline = { kind: 'text'; text: string; lang?: string; strong?: boolean } | { kind: 'link'; href: string; text: string; lang?: string; action?: string };
export type Rich = Inline[];
export type Block =
  | { kind: 'paragraph'; content: Rich }
  | { kind: 'list'; items: Rich[] }
  | { kind: 'table'; id: string; caption: string; columns: string[]; rows: Rich[][][] }
  | { kind: 'subsection'; id: string; heading: string; blocks: Block[] };
export interface NoticeModel {
  lang: string;
  title: string;
  organisation: string;
  effectiveDateText: string;
  version?: { number: number; effectiveDateText: string };
  intro: Block[];
  sections: Array<{ id: string; heading: string; blocks: Block[] }>;
  chrome: { contents: string; effectiveDate: string; version: string };
}
export interface NoticeDocument {
  status: 'draft' | 'published';
  version: number | null;
  effectiveDate: string;
  publishedAt: string | null;
  changes: string[];
  notice: NoticeModel;
}
export interface VersionSummary {
  number: number;
  effectiveDate: string;
  publishedAt: string;
  material: boolean;
  affectedPurposes: string[];
  summary: string[];
}
export interface NoticeChange {
  kind: string;
  area: string;
  id: string;
  material: boolean;
  summary: string;
  reason?: string;
}
export interface NoticeDiff {
  from: { number: number; effectiveDate: string };
  to: { number: number; effectiveDate: string };
  material: boolean;
  affectedPurposes: string[];
  changes: NoticeChange[];
}

export interface BannerCategory {
  id: string;
  required: boolean;
  name: string;
  description: string;
  cookies: Array<{ name: string; provider: string; duration: string; purpose: string }>;
  vendors: string[];
}
export interface BannerConfig {
  language: string;
  noticeVersion: string;
  textVersion: string;
  consentExpiryDays: number;
  gpc: { honoured: boolean; detected: boolean; off: string[] };
  consentMode: Record<string, string | null>;
  categories: BannerCategory[];
  vendors: Array<{ id: string; name: string }>;
}

export interface PersonRequestView {
  reference: string;
  type: string;
  jurisdiction: string;
  state: string;
  denialReason: string | null;
  receivedAt: string;
  dueAt: string;
  extended: boolean;
  /** Made by an authorised agent: the person confirms through the mailed link, there is no code to type. */
  viaAgent: boolean;
  timeline: Array<{ at: string; kind: string; state: string | null; reason: string | null }>;
  /** The access package once its link was mailed (server: rights/package-state.repository.ts); null before. */
  package: { state: 'available' | 'downloaded' | 'expired' | 'locked'; expiresAt: string | null; downloadedAt: string | null } | null;
}
