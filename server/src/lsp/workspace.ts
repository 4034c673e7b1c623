/**
 * Server state shared by the handlers: the engine, the effective config, and the check
 * results of open documents (cached per document version).
 */
import { Location, MessageType, Range, ShowMessageNotification, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { DEFAULT_CONFIG, type Config } from '../core/config.ts';
import type { SourceDoc } from '../core/corpus/index.ts';
import { parseDraft, type Draft } from '../core/draft/index.ts';
import type { Engine } from '../core/engine.ts';
import { countFigures, type CheckResult, type FigureCounts, type FileSystem, type SourceRef } from '../core/types.ts';
import { absolutePath, pathToUri, uriToPath } from './uris.ts';

/** A checked draft: the engine's result and the parsed draft, for one document version. */
export interface Checked {
  version: number;
  text: string;
  result: CheckResult;
  draft: Draft;
}

/** Mutable server state; one per server (the first workspace folder is the root). */
export class Workspace {
  engine: Engine | undefined;
  config: Config = DEFAULT_CONFIG;
  root = process.cwd();
  folders: string[] = [];
  indexing = false;
  private results = new Map<string, Checked>();
  private sourceTexts = new Map<string, TextDocument>();
  private sourcePaths: Set<string> | undefined;
  private tooLargeNotified = new Set<string>();
  private markReady!: () => void;
  /** Resolves once the corpus has been loaded the first time. */
  readonly ready: Promise<void> = new Promise((resolve) => (this.markReady = resolve));

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly fs: FileSystem,
  ) {}

  /** Marks the first corpus load as done (handlers waiting on `ready` continue). */
  setReady(): void {
    this.markReady();
  }

  /** Forgets cached checks and source texts after a corpus or config change. */
  invalidate(): void {
    this.results.clear();
    this.sourceTexts.clear();
    this.sourcePaths = undefined;
  }

  /** Drops the cached check of a closed document. */
  forget(uri: string): void {
    this.results.delete(uri);
    this.tooLargeNotified.delete(uri);
  }

  /**
   * The check result of a document's current version, computed when needed; undefined
   * when the engine is not ready, the document is a corpus source, or it is too large.
   */
  check(doc: TextDocument): Checked | undefined {
    const cached = this.results.get(doc.uri);
    if (cached && cached.version === doc.version) return cached;
    const checked = this.checkUncached(doc);
    if (checked) this.results.set(doc.uri, checked);
    return checked;
  }

  /** Checks a document without caching (files that are not open). */
  checkUncached(doc: TextDocument): Checked | undefined {
    if (!this.engine || this.isSource(doc.uri) || this.tooLarge(doc)) return undefined;
    const text = doc.getText();
    const result = this.engine.check(text, { path: uriToPath(doc.uri) ?? doc.uri });
    return { version: doc.version, text, result, draft: parseDraft(text) };
  }

  /** The current check of an open document by URI. */
  checkUri(uri: string): Checked | undefined {
    const doc = this.documents.get(uri);
    return doc ? this.check(doc) : undefined;
  }

  /** Number of findings over the open documents' latest checks. */
  problemCount(): number {
    let n = 0;
    for (const [uri, c] of this.results) if (this.documents.get(uri)) n += c.result.findings.length;
    return n;
  }

  /** Figure verdict counts of each open document's latest check, by URI. */
  figureCounts(): Record<string, FigureCounts> {
    const counts: Record<string, FigureCounts> = {};
    for (const [uri, c] of this.results) if (this.documents.get(uri)) counts[uri] = countFigures(c.result.figures ?? []);
    return counts;
  }

  /** True (and a one-time notice) when a draft is over `maxFileSize`. */
  private tooLarge(doc: TextDocument): boolean {
    const size = Buffer.byteLength(doc.getText(), 'utf8');
    if (size <= this.config.maxFileSize) return false;
    if (!this.tooLargeNotified.has(doc.uri)) {
      this.tooLargeNotified.add(doc.uri);
      const name = uriToPath(doc.uri) ?? doc.uri;
      void this.connection.sendNotification(ShowMessageNotification.type, {
        type: MessageType.Info,
        message: `citecheck: ${name} is larger than citecheck.maxFileSize (${size} > ${this.config.maxFileSize} bytes) and is not checked.`,
      });
    }
    return true;
  }

  /** True when the document is itself one of the loaded corpus sources. */
  isSource(uri: string): boolean {
    const path = uriToPath(uri);
    if (!path || !this.engine) return false;
    this.sourcePaths ??= new Set(this.engine.sources().map((s) => absolutePath(s.path, this.root)));
    return this.sourcePaths.has(path);
  }

  /** The loaded source with this citation key. */
  sourceByKey(key: string): SourceDoc | undefined {
    return this.engine?.sources().find((s) => s.key === key);
  }

  /** The loaded source with this URL (footnotes and links cite by URL). */
  sourceByUrl(url: string): SourceDoc | undefined {
    const bare = (u: string) => u.replace(/^https?:\/\/(www\.)?/, '').replace(/\/+$/, '');
    return this.engine?.sources().find((s) => s.url !== undefined && bare(s.url) === bare(url));
  }

  /** A TextDocument over a source file's raw text, for offset → position. */
  sourceText(path: string): TextDocument | undefined {
    const abs = absolutePath(path, this.root);
    let doc = this.sourceTexts.get(abs);
    if (doc) return doc;
    const src = this.engine?.sources().find((s) => absolutePath(s.path, this.root) === abs);
    if (!src) return undefined;
    doc = TextDocument.create(pathToUri(abs), 'plaintext', 0, src.raw);
    this.sourceTexts.set(abs, doc);
    return doc;
  }

  /** The location of a source passage (raw file offsets → range). */
  sourceLocation(ref: Pick<SourceRef, 'path' | 'start' | 'end'>): Location {
    const uri = pathToUri(ref.path, this.root);
    const text = this.sourceText(ref.path);
    if (!text) return Location.create(uri, Range.create(0, 0, 0, 0));
    return Location.create(uri, Range.create(text.positionAt(ref.start), text.positionAt(ref.end)));
  }
}
