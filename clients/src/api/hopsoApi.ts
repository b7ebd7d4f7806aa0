import type {
  AgendaItem,
  AgendaItemForm,
  AgendaOrder,
  Delegation,
  AnnotationEdit,
  AnnotationForm,
  CommentAnswer,
  CommentForm,
  DocumentAccessClass,
  DocumentAnnotation,
  DocumentChanges,
  DocumentComment,
  DocumentEntry,
  OfflineShelf,
  DocumentKind,
  IceServers,
  DocumentSearchResult,
  DocumentSettings,
  DelegationForm,
  Level,
  LoginRequest,
  Me,
  Member,
  MemberForm,
  Organisation,
  ReadReceipt,
  PresenceView,
  OrganisationForm,
  PasswordChange,
  Session,
  SessionForm,
  Site,
  SiteForm,
  Sitting,
  SittingForm,
  SittingView,
  UnopenedDocument,
  PageText,
  UploadedFile,
} from '../protocol/generated';
import type { HttpClient } from './http';

const id = encodeURIComponent;

/** The REST calls of docs/PROTOCOL.md, one method each. */
export class HopsoApi {
  constructor(private readonly http: HttpClient) {}

  async login(request: LoginRequest): Promise<Me> {
    const me = await this.http.post<Me>('/api/auth/login', request);
    this.http.forgetCsrfToken();
    return me;
  }

  async logout(): Promise<void> {
    await this.http.post<void>('/api/auth/logout');
    this.http.forgetCsrfToken();
  }

  me(): Promise<Me> {
    return this.http.get('/api/me');
  }

  /** The TURN relays this person's browser may use, with credentials of their own; none when there is no TURN. */
  iceServers(): Promise<IceServers> {
    return this.http.get('/api/media/ice-servers');
  }

  changePassword(change: PasswordChange): Promise<Me> {
    return this.http.put('/api/me/password', change);
  }

  levels(): Promise<Level[]> {
    return this.http.get('/api/levels');
  }

  organisations(): Promise<Organisation[]> {
    return this.http.get('/api/organisations');
  }

  createOrganisation(form: OrganisationForm): Promise<Organisation> {
    return this.http.post('/api/organisations', form);
  }

  updateOrganisation(organisationId: string, form: OrganisationForm): Promise<Organisation> {
    return this.http.put(`/api/organisations/${id(organisationId)}`, form);
  }

  members(organisationId: string): Promise<Member[]> {
    return this.http.get(`/api/organisations/${id(organisationId)}/members`);
  }

  createMember(organisationId: string, form: MemberForm): Promise<Member> {
    return this.http.post(`/api/organisations/${id(organisationId)}/members`, form);
  }

  updateMember(membershipId: string, form: MemberForm): Promise<Member> {
    return this.http.put(`/api/members/${id(membershipId)}`, form);
  }

  deleteMember(membershipId: string): Promise<void> {
    return this.http.delete(`/api/members/${id(membershipId)}`);
  }

  delegations(organisationId: string): Promise<Delegation[]> {
    return this.http.get(`/api/organisations/${id(organisationId)}/delegations`);
  }

  createDelegation(organisationId: string, form: DelegationForm): Promise<Delegation> {
    return this.http.post(`/api/organisations/${id(organisationId)}/delegations`, form);
  }

  sites(organisationId: string): Promise<Site[]> {
    return this.http.get(`/api/organisations/${id(organisationId)}/sites`);
  }

  createSite(organisationId: string, form: SiteForm): Promise<Site> {
    return this.http.post(`/api/organisations/${id(organisationId)}/sites`, form);
  }

  updateSite(siteId: string, form: SiteForm): Promise<Site> {
    return this.http.put(`/api/sites/${id(siteId)}`, form);
  }

  sessions(organisationId: string): Promise<Session[]> {
    return this.http.get(`/api/organisations/${id(organisationId)}/sessions`);
  }

  createSession(organisationId: string, form: SessionForm): Promise<Session> {
    return this.http.post(`/api/organisations/${id(organisationId)}/sessions`, form);
  }

  updateSession(sessionId: string, form: SessionForm): Promise<Session> {
    return this.http.put(`/api/sessions/${id(sessionId)}`, form);
  }

  sittings(sessionId: string): Promise<Sitting[]> {
    return this.http.get(`/api/sessions/${id(sessionId)}/sittings`);
  }

  createSitting(sessionId: string, form: SittingForm): Promise<Sitting> {
    return this.http.post(`/api/sessions/${id(sessionId)}/sittings`, form);
  }

  updateSitting(sittingId: string, form: SittingForm): Promise<Sitting> {
    return this.http.put(`/api/sittings/${id(sittingId)}`, form);
  }

  sittingView(sittingId: string): Promise<SittingView> {
    return this.http.get(`/api/sittings/${id(sittingId)}/view`);
  }

  /** Who is connected to the sitting now, on any node (the secretariat and the chair may ask). */
  presence(sittingId: string): Promise<PresenceView> {
    return this.http.get(`/api/sittings/${id(sittingId)}/presence`);
  }

  addAgendaItem(sittingId: string, form: AgendaItemForm): Promise<AgendaItem> {
    return this.http.post(`/api/sittings/${id(sittingId)}/agenda`, form);
  }

  updateAgendaItem(itemId: string, form: AgendaItemForm): Promise<AgendaItem> {
    return this.http.put(`/api/agenda-items/${id(itemId)}`, form);
  }

  deleteAgendaItem(itemId: string): Promise<void> {
    return this.http.delete(`/api/agenda-items/${id(itemId)}`);
  }

  publishAgendaItem(itemId: string): Promise<AgendaItem> {
    return this.http.post(`/api/agenda-items/${id(itemId)}/publish`);
  }

  publishAgenda(sittingId: string): Promise<AgendaItem[]> {
    return this.http.post(`/api/sittings/${id(sittingId)}/agenda/publish`);
  }

  reorderAgenda(sittingId: string, order: AgendaOrder): Promise<AgendaItem[]> {
    return this.http.put(`/api/sittings/${id(sittingId)}/agenda/order`, order);
  }

  documents(sittingId: string): Promise<DocumentEntry[]> {
    return this.http.get(`/api/sittings/${id(sittingId)}/documents`);
  }

  /** One or more files as documents of the sitting, of one of its items or of its whole session; each file answers for itself. */
  uploadDocuments(
    sittingId: string,
    files: readonly File[],
    options: {
      kind: DocumentKind;
      access: DocumentAccessClass;
      agendaItemId: string | null;
      /** Listed in every sitting of the sitting's session; never with an item. */
      wholeSession?: boolean;
      uploadId?: string;
    },
  ): Promise<UploadedFile[]> {
    const form = new FormData();
    form.append('kind', options.kind);
    form.append('access', options.access);
    if (options.wholeSession === true) {
      form.append('wholeSession', 'true');
    }
    if (options.uploadId !== undefined) {
      form.append('uploadId', options.uploadId); // the server tells this account's sockets how far it has got
    }
    if (options.agendaItemId !== null) {
      form.append('agendaItemId', options.agendaItemId);
    }
    files.forEach((file) => form.append('files', file, file.name));
    return this.http.postForm(`/api/sittings/${id(sittingId)}/documents`, form);
  }

  /** The file becomes the document's new current version; readers' annotations follow the text they were on. */
  replaceDocument(documentId: string, file: File, uploadId?: string): Promise<DocumentEntry> {
    const form = new FormData();
    form.append('file', file, file.name);
    if (uploadId !== undefined) {
      form.append('uploadId', uploadId);
    }
    return this.http.postForm(`/api/documents/${id(documentId)}/versions`, form);
  }

  /** The pages of the current version that changed since the version the reader read. */
  documentChanges(documentId: string, since: number): Promise<DocumentChanges> {
    return this.http.get(`/api/documents/${id(documentId)}/changes?since=${since}`);
  }

  updateDocument(documentId: string, settings: DocumentSettings): Promise<DocumentEntry> {
    return this.http.put(`/api/documents/${id(documentId)}`, settings);
  }

  withdrawDocument(documentId: string): Promise<DocumentEntry> {
    return this.http.post(`/api/documents/${id(documentId)}/withdrawal`);
  }

  document(documentId: string): Promise<DocumentEntry> {
    return this.http.get(`/api/documents/${id(documentId)}`);
  }

  /** The pages of the session's documents the caller may read that contain the query, diacritics and case aside. */
  searchDocuments(sessionId: string, query: string, offset: number): Promise<DocumentSearchResult> {
    const params = new URLSearchParams({ q: query, offset: String(offset) });
    return this.http.get(`/api/sessions/${id(sessionId)}/documents/search?${params.toString()}`);
  }

  /** The pages of one document the caller may read that contain the query, as the session's search finds them. */
  searchDocument(documentId: string, query: string, offset: number): Promise<DocumentSearchResult> {
    const params = new URLSearchParams({ q: query, offset: String(offset) });
    return this.http.get(`/api/documents/${id(documentId)}/search?${params.toString()}`);
  }

  /** For each document of the sitting, the elected delegates who may open it and have not opened it yet. */
  unopenedDocuments(sittingId: string): Promise<UnopenedDocument[]> {
    return this.http.get(`/api/sittings/${id(sittingId)}/documents/unopened`);
  }

  documentReads(documentId: string): Promise<ReadReceipt[]> {
    return this.http.get(`/api/documents/${id(documentId)}/reads`);
  }

  /**
   * One page of the current version as a PDF of its own (the reader's watermarked copy), for the viewer to draw;
   * `offline`: taken to read without a connection, which is not yet reading it.
   */
  pageFile(documentId: string, page: number, version: number, offline = false): Promise<ArrayBuffer> {
    const url = documentPageFileUrl(documentId, page, version);
    return this.http.getBytes(offline ? `${url}&offline=true` : url, 'application/pdf');
  }

  /** The sitting's documents the caller may take to read without a connection, and until when. */
  offlineShelf(sittingId: string): Promise<OfflineShelf> {
    return this.http.get(`/api/sittings/${id(sittingId)}/documents/offline`);
  }

  /** The text of one page of the current version, to quote a passage from. */
  pageText(documentId: string, page: number): Promise<PageText> {
    return this.http.get(`/api/documents/${id(documentId)}/pages/${page}/text`);
  }

  /** The comments on a document the caller sees: all for the secretariat, own and public ones for a delegate. */
  comments(documentId: string): Promise<DocumentComment[]> {
    return this.http.get(`/api/documents/${id(documentId)}/comments`);
  }

  sendComment(documentId: string, form: CommentForm): Promise<DocumentComment> {
    return this.http.post(`/api/documents/${id(documentId)}/comments`, form);
  }

  answerComment(commentId: string, answer: CommentAnswer): Promise<DocumentComment> {
    return this.http.put(`/api/comments/${id(commentId)}/answer`, answer);
  }

  /** The caller's own highlights and notes on a document, of every version; nobody else sees them. */
  annotations(documentId: string): Promise<DocumentAnnotation[]> {
    return this.http.get(`/api/documents/${id(documentId)}/annotations`);
  }

  makeAnnotation(documentId: string, form: AnnotationForm): Promise<DocumentAnnotation> {
    return this.http.post(`/api/documents/${id(documentId)}/annotations`, form);
  }

  editAnnotation(annotationId: string, edit: AnnotationEdit): Promise<DocumentAnnotation> {
    return this.http.put(`/api/annotations/${id(annotationId)}`, edit);
  }

  deleteAnnotation(annotationId: string): Promise<void> {
    return this.http.delete(`/api/annotations/${id(annotationId)}`);
  }
}

/** Bản tổng hợp ý kiến of a document as a PDF: a link, so the browser downloads it. */
export function commentReportUrl(documentId: string): string {
  return `/api/documents/${id(documentId)}/comments/report.pdf`;
}

/** The reader's copy with their own highlights and notes drawn on it and listed at its end: a link to download. */
export function annotatedCopyUrl(documentId: string): string {
  return `/api/documents/${id(documentId)}/annotated.pdf`;
}

/** The reader's own copy of a document (watermarked unless public): a link, so the browser downloads it. */
export function documentFileUrl(documentId: string): string {
  return `/api/documents/${id(documentId)}/file`;
}

/** Biên bản kết quả biểu quyết of a counted ballot, to print and sign: a link, so the browser downloads it. */
export function resultSheetUrl(ballotId: string): string {
  return `/api/ballots/${id(ballotId)}/result-sheet.pdf`;
}

/** Who chose what on a counted named ballot, as CSV for a spreadsheet: a link, so the browser downloads it. */
export function namedResultsUrl(ballotId: string): string {
  return `/api/ballots/${id(ballotId)}/results.csv`;
}

/**
 * One page as a PDF of its own for the viewer to draw (watermarked unless public); opening it counts as reading.
 * The server serves the current version; the version shown is named, as for the page image.
 */
export function documentPageFileUrl(documentId: string, page: number, version: number): string {
  return `/api/documents/${id(documentId)}/pages/${page}/pdf?version=${version}`;
}

/** A page's thumbnail for the viewer's strip of pages (watermarked; seeing it is not reading the page). */
export function documentThumbnailUrl(documentId: string, page: number, version: number): string {
  return `/api/documents/${id(documentId)}/pages/${page}?width=160&version=${version}&thumbnail=true`;
}

/**
 * One page as an image for the viewer (watermarked unless public); opening it counts as reading. The server serves
 * the current version; naming the version shown makes a screen read the page again when a new one replaces it.
 */
export function documentPageUrl(documentId: string, page: number, width: number, version: number): string {
  return `/api/documents/${id(documentId)}/pages/${page}?width=${width}&version=${version}`;
}
