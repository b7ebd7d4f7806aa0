// GENERATED from the Java records of vn.hopso.meeting.api and vn.hopso.meeting.realtime.protocol (and the
// Permission enumeration of vn.hopso.meeting.access) by
// TypeScriptProtocolTest: do not edit. After changing a record, rebuild with -Dhopso.protocol.write=true.

// ---- Enumerations (wire values) ----

export type AgendaItemState = 'DRAFT' | 'PUBLISHED';

export type AttendanceStatus = 'PRESENT' | 'LEFT' | 'ABSENT' | 'EXCUSED';

export type BallotKind = 'MOTION' | 'ELECTION' | 'CONFIDENCE_RATING' | 'CONFIDENCE_VOTE';

export type BallotState = 'DRAFT' | 'OPEN' | 'CLOSED' | 'PUBLISHED' | 'ANNULLED';

export type CommentState = 'SENT' | 'ANSWERED' | 'ACCEPTED' | 'EXPLAINED';

export type DocumentAccessClass = 'PUBLIC' | 'DELEGATES' | 'CLOSED_SITTING' | 'CONFIDENTIAL';

export type DocumentKind = 'SUBMISSION' | 'DRAFT_RESOLUTION' | 'VERIFICATION_REPORT' | 'REPORT' | 'REFERENCE';

export type ElectionMode = 'APPROVAL' | 'FOR_AGAINST';

export type HighlightColour = 'YELLOW' | 'GREEN' | 'BLUE' | 'PINK';

export type Microphones = 'FLOOR' | 'OPEN' | 'SPEAKER_ONLY';

export type NoticeAudience = 'EVERYONE' | 'DELEGATES' | 'SITE';

export type OrganisationKind = 'COUNCIL' | 'PEOPLES_COMMITTEE' | 'DEPARTMENT' | 'MINISTRY' | 'OTHER';

export type OrganisationList = 'ORGANISATION' | 'MEMBERS' | 'DELEGATIONS' | 'SITES' | 'SESSIONS' | 'SITTINGS';

export type PassingBase = 'TOTAL_ELECTED' | 'PRESENT' | 'VOTES_CAST';

export type PassingBound = 'MORE_THAN' | 'AT_LEAST';

export type Permission = 'VIEW' | 'VIEW_CLOSED' | 'VIEW_DRAFTS' | 'MANAGE_ORGANISATION' | 'MANAGE_MEMBERS' | 'MANAGE_SITES' | 'MANAGE_AGENDA' | 'RUN_SITTING' | 'CHAIR_SITTING' | 'VIEW_AUDIT' | 'ATTEND' | 'TAKE_ATTENDANCE' | 'CHECK_IN_AT_SITE' | 'SPEAK' | 'ANSWER_ROLL_CALL' | 'PREPARE_BALLOTS' | 'CONDUCT_BALLOTS' | 'COUNT_PAPER_BALLOTS' | 'VOTE' | 'MANAGE_DOCUMENTS' | 'PRESENT_DOCUMENTS' | 'ANNOTATE_DOCUMENTS' | 'COMMENT_ON_DOCUMENTS' | 'HANDLE_COMMENTS' | 'SEND_VIDEO';

export type Role = 'ADMIN' | 'SECRETARIAT' | 'CHAIR' | 'DELEGATE' | 'SITE_OPERATOR' | 'GUEST' | 'OBSERVER' | 'BALLOT_COMMITTEE';

export type SiteKind = 'HALL' | 'MEETING_ROOM' | 'PERSONAL_DEVICE';

export type SittingState = 'PLANNED' | 'IN_PROGRESS' | 'ENDED';

export type SpeakerKind = 'DISCUSSION' | 'QUESTION' | 'POINT_OF_ORDER' | 'REPLY';

export type SpeakerState = 'WAITING' | 'SPEAKING' | 'PAUSED' | 'DONE' | 'WITHDRAWN';

export type TallySource = 'ELECTRONIC' | 'PAPER';

export type UploadStage = 'WAITING' | 'CONVERTING' | 'READING';

export type UploadStatus = 'READY' | 'FAILED';

// ---- REST ----

export interface AgendaItem {
  id: string;
  sittingId: string;
  position: number;
  number: number | null;
  title: string;
  description: string | null;
  presenter: string | null;
  estimatedMinutes: number | null;
  closed: boolean;
  state: AgendaItemState;
  addedLate: boolean;
  version: number;
}

export interface AgendaItemForm {
  title: string;
  description: string | null;
  presenter: string | null;
  estimatedMinutes: number | null;
  closed: boolean;
  version: number | null;
}

export interface AgendaOrder {
  itemIds: string[];
}

export interface AnnotationEdit {
  colour: HighlightColour;
  note: string | null;
  version: number;
}

export interface AnnotationForm {
  page: number;
  start: number;
  quote: string;
  colour: HighlightColour;
  note: string | null;
}

export interface ApiError {
  status: number;
  code: string;
  message: string;
  fields: FieldError[];
}

export interface AttendanceEntry {
  membershipId: string;
  fullName: string;
  delegationName: string | null;
  siteId: string | null;
  siteName: string | null;
  status: AttendanceStatus | null;
  reason: string | null;
  since: string | null;
}

export interface AttendanceLine {
  membershipId: string;
  fullName: string;
  status: AttendanceStatus;
  reason: string | null;
  at: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  actorUsername: string | null;
  organisationId: string | null;
  action: string;
  targetType: string;
  targetId: string | null;
  details: string;
}

export interface Ballot {
  id: string;
  sittingId: string;
  itemId: string;
  kind: BallotKind;
  title: string;
  secret: boolean;
  changeAllowed: boolean;
  rule: BallotRule | null;
  ruleDescription: string | null;
  options: BallotOption[];
  nominees: BallotNominee[];
  seats: number | null;
  electionMode: ElectionMode | null;
  round: number | null;
  state: BallotState;
  createdAt: string;
  openedAt: string | null;
  closesAt: string | null;
  closedAt: string | null;
  publishedAt: string | null;
  annulledAt: string | null;
  annulReason: string | null;
  rerunOf: string | null;
  previousBallotId: string | null;
  totalElected: number | null;
  entitled: number | null;
  result: BallotResult | null;
}

export interface BallotLabels {
  yes: string;
  no: string;
  abstain: string;
}

export interface BallotNominee {
  id: string;
  name: string;
}

export interface BallotOption {
  mark: string;
  label: string;
}

export interface BallotProgress {
  ballotId: string;
  voted: number;
  entitled: number;
}

export interface BallotResult {
  turnout: BallotTurnout;
  thresholds: ResultThreshold[];
  lines: ResultLine[];
  outcome: string | null;
  outcomeLabel: string | null;
  tallies: BallotTally[];
}

export interface BallotRule {
  bound: PassingBound;
  numerator: number;
  denominator: number;
  base: PassingBase;
}

export interface BallotTally {
  source: TallySource;
  label: string;
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
  marks: PaperMark[];
  entry: number | null;
  enteredAt: string | null;
}

export interface BallotTurnout {
  totalElected: number;
  present: number;
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
  voted: ResultCount;
  didNotVote: ResultCount;
}

export interface BallotVerification {
  ballotId: string;
  title: string;
  entries: number;
  headHash: string;
  intact: boolean;
  problems: string[];
}

export interface CastMark {
  nomineeId: string;
  mark: string;
}

export interface CommentAnswer {
  state: CommentState;
  answer: string | null;
  version: number;
}

export interface CommentForm {
  page: number;
  start: number;
  quote: string;
  text: string;
  visibleToAll: boolean;
}

export interface CsrfToken {
  headerName: string;
  token: string;
}

export interface Delegation {
  id: string;
  organisationId: string;
  name: string;
}

export interface DelegationForm {
  name: string;
}

export interface DocumentAnnotation {
  id: string;
  documentId: string;
  documentVersion: number;
  page: number;
  start: number;
  quote: string;
  colour: HighlightColour;
  note: string;
  createdAt: string;
  updatedAt: string;
  version: number;
}

export interface DocumentChanges {
  documentId: string;
  since: number;
  version: number;
  changedPages: number[];
}

export interface DocumentComment {
  id: string;
  documentId: string;
  documentVersion: number;
  page: number;
  start: number;
  quote: string;
  text: string;
  visibleToAll: boolean;
  authorId: string;
  authorName: string;
  sentAt: string;
  state: CommentState;
  answer: string | null;
  answeredByName: string | null;
  answeredAt: string | null;
  mine: boolean;
  version: number;
}

export interface DocumentEntry {
  id: string;
  sittingId: string;
  agendaItemId: string | null;
  wholeSession: boolean;
  kind: DocumentKind;
  position: number;
  title: string;
  access: DocumentAccessClass;
  readerIds: string[];
  releaseAt: string | null;
  downloadAllowed: boolean;
  printAllowed: boolean;
  withdrawnAt: string | null;
  version: number;
  fileName: string;
  bytes: number;
  pages: number;
  searchableText: boolean;
  watermarked: boolean;
  readByMe: boolean;
  readVersion: number | null;
  signatures: DocumentSignature[];
}

export interface DocumentHit {
  documentId: string;
  sittingId: string;
  title: string;
  version: number;
  page: number;
  snippet: string;
  marks: TextMark[];
  matchesOnPage: number;
}

export interface DocumentSearchResult {
  query: string;
  total: number;
  offset: number;
  hits: DocumentHit[];
}

export interface DocumentSettings {
  title: string;
  kind: DocumentKind;
  position: number;
  access: DocumentAccessClass;
  readerIds: string[];
  releaseAt: string | null;
  downloadAllowed: boolean;
  printAllowed: boolean;
}

export interface DocumentSignature {
  signer: string;
  signedAt: string | null;
  intact: boolean;
  modifiedAfterSigning: boolean;
  trusted: boolean;
  valid: boolean;
  problem: string | null;
}

export interface FieldError {
  field: string;
  code: string;
  message: string;
}

export interface IceServer {
  urls: string[];
  username: string;
  credential: string;
}

export interface IceServers {
  servers: IceServer[];
  expiresAt: string | null;
}

export interface Level {
  code: string;
  name: string;
  rank: number;
}

export interface LoginRequest {
  username: string;
  password: string;
}

export interface Me {
  accountId: string;
  username: string;
  fullName: string;
  systemAdmin: boolean;
  mustChangePassword: boolean;
  memberships: MembershipSummary[];
}

export interface MediaPublisher {
  participantId: string;
  name: string;
}

export interface Member {
  membershipId: string;
  personId: string;
  fullName: string;
  title: string | null;
  role: Role;
  delegationId: string | null;
  delegationName: string | null;
  username: string | null;
  version: number;
  mandateFrom: string | null;
  mandateUntil: string | null;
  siteId: string | null;
  siteName: string | null;
}

export interface MemberForm {
  fullName: string;
  title: string | null;
  username: string;
  password: string | null;
  role: Role;
  delegationId: string | null;
  version: number | null;
  mandateFrom: string | null;
  mandateUntil: string | null;
  siteId: string | null;
}

export interface MembershipSummary {
  membershipId: string;
  organisationId: string;
  organisationName: string;
  role: Role;
}

export interface NotOpenedBy {
  membershipId: string;
  fullName: string;
}

export interface OfflineShelf {
  expiresAt: string;
  documents: DocumentEntry[];
}

export interface Organisation {
  id: string;
  name: string;
  kind: OrganisationKind;
  level: string;
  parentId: string | null;
  version: number;
  quorumNumerator: number;
  quorumDenominator: number;
}

export interface OrganisationForm {
  name: string;
  kind: OrganisationKind;
  level: string;
  parentId: string | null;
  version: number | null;
  quorumNumerator: number | null;
  quorumDenominator: number | null;
}

export interface OwnVote {
  ballotId: string;
  secret: boolean;
  choice: string | null;
  marks: CastMark[];
}

export interface PageText {
  documentId: string;
  version: number;
  page: number;
  text: string;
}

export interface PaperMark {
  nomineeId: string | null;
  mark: string;
  count: number;
}

export interface PasswordChange {
  currentPassword: string;
  newPassword: string;
}

export interface PresenceSnapshot {
  id: string;
  takenAt: string;
  present: number;
  totalElected: number;
  required: number;
  quorate: boolean;
  presentMembershipIds: string[];
}

export interface PresenceView {
  sittingId: string;
  accountIds: string[];
}

export interface Presentation {
  documentId: string | null;
  title: string | null;
  page: number | null;
  pages: number | null;
  version: number | null;
  hall: boolean;
  since: string;
}

export interface QuorumLine {
  present: number;
  totalElected: number;
  required: number;
  quorate: boolean;
}

export interface ReadReceipt {
  accountId: string;
  fullName: string;
  version: number;
  firstOpenedAt: string;
  lastOpenedAt: string;
  opens: number;
  furthestPage: number;
}

export interface ResultCount {
  mark: string;
  label: string;
  count: number;
  percentOfTotal: string;
  percentOfPresent: string;
}

export interface ResultLine {
  nomineeId: string | null;
  name: string | null;
  counts: ResultCount[];
  outcome: string;
  outcomeLabel: string;
}

export interface ResultThreshold {
  label: string;
  rule: string;
  base: number;
  votesNeeded: number;
  description: string;
}

export interface RollCall {
  id: string;
  startedAt: string;
  endedAt: string | null;
  sites: SiteAnswer[];
}

export interface Session {
  id: string;
  organisationId: string;
  name: string;
  number: number | null;
  startsOn: string;
  endsOn: string;
  version: number;
}

export interface SessionForm {
  name: string;
  number: number | null;
  startsOn: string;
  endsOn: string;
  version: number | null;
}

export interface SetupForm {
  token: string;
  fullName: string;
  username: string;
  password: string;
}

export interface Site {
  id: string;
  organisationId: string;
  name: string;
  level: string;
  parentId: string | null;
  kind: SiteKind;
  operatorMembershipId: string | null;
  operatorName: string | null;
  version: number;
}

export interface SiteAnswer {
  siteId: string;
  siteName: string;
  answeredAt: string | null;
  operatorAccountId: string | null;
}

export interface SiteForm {
  name: string;
  level: string;
  parentId: string | null;
  kind: SiteKind;
  operatorMembershipId: string | null;
  version: number | null;
}

export interface SiteRef {
  siteId: string;
  name: string;
}

export interface Sitting {
  id: string;
  sessionId: string;
  organisationId: string;
  title: string;
  startsAt: string;
  endsAt: string | null;
  place: string | null;
  closed: boolean;
  state: SittingState;
  currentItemId: string | null;
  currentItemClosed: boolean;
  nextItemId: string | null;
  agendaPublishedAt: string | null;
  lastSeq: number;
  version: number;
}

export interface SittingForm {
  title: string;
  startsAt: string;
  endsAt: string | null;
  place: string | null;
  closed: boolean;
  version: number | null;
}

export interface SittingNotice {
  id: string;
  audience: NoticeAudience;
  siteId: string | null;
  siteName: string | null;
  text: string;
  sentAt: string;
}

export interface SittingRecord {
  sittingId: string;
  attendance: AttendanceLine[];
  speeches: SpeakerEntry[];
  snapshots: PresenceSnapshot[];
}

export interface SittingView {
  organisation: Organisation;
  session: Session;
  sitting: Sitting;
  agenda: AgendaItem[];
  lastSeq: number;
  permissions: Permission[];
  attendance: AttendanceEntry[];
  quorum: QuorumLine;
  speakers: SpeakerEntry[];
  notices: SittingNotice[];
  rollCall: RollCall | null;
  operatedSites: SiteRef[];
  ballots: Ballot[];
  ballotProgress: BallotProgress[];
  ownVotes: OwnVote[];
  entitledBallots: string[];
  presentation: Presentation | null;
  documentsSeq: number;
  readsSeq: number;
  commentsSeq: number;
}

export interface SpeakerEntry {
  id: string;
  itemId: string;
  membershipId: string | null;
  siteId: string | null;
  fullName: string;
  delegationName: string | null;
  kind: SpeakerKind;
  addressee: string | null;
  state: SpeakerState;
  position: number;
  requestedAt: string;
  startedAt: string | null;
  endedAt: string | null;
  limitSeconds: number | null;
  deadline: string | null;
  remainingMillis: number | null;
  overrunSeconds: number;
}

export interface TextMark {
  start: number;
  length: number;
}

export interface UnopenedDocument {
  documentId: string;
  title: string;
  version: number;
  entitled: number;
  notOpened: NotOpenedBy[];
}

export interface UploadedFile {
  fileName: string;
  status: UploadStatus;
  documentId: string | null;
  pages: number | null;
  searchableText: boolean | null;
  code: string | null;
  message: string | null;
}

// ---- WebSocket: client → server commands (each may carry a ref, echoed in the answer, and a commandId, the same when the command is sent again: it runs once) ----

export interface GoToAgendaItem {
  type: 'agenda.goto';
  ref?: string;
  commandId?: string;
  sittingId: string;
  itemId: string;
  fromItemId: string | null;
}

export interface AdvanceAgenda {
  type: 'agenda.next';
  ref?: string;
  commandId?: string;
  sittingId: string;
  fromItemId: string | null;
}

export interface CheckIn {
  type: 'attendance.check_in';
  ref?: string;
  commandId?: string;
  sittingId: string;
}

export interface CheckInAtSite {
  type: 'attendance.check_in_at_site';
  ref?: string;
  commandId?: string;
  sittingId: string;
  membershipId: string;
}

export interface CheckOut {
  type: 'attendance.check_out';
  ref?: string;
  commandId?: string;
  sittingId: string;
}

export interface CheckOutAtSite {
  type: 'attendance.check_out_at_site';
  ref?: string;
  commandId?: string;
  sittingId: string;
  membershipId: string;
}

export interface MarkAttendance {
  type: 'attendance.mark';
  ref?: string;
  commandId?: string;
  sittingId: string;
  membershipId: string;
  status: AttendanceStatus;
  reason: string | null;
}

export interface AnnulBallot {
  type: 'ballot.annul';
  ref?: string;
  commandId?: string;
  sittingId: string;
  ballotId: string;
  reason: string;
}

export interface CastBallot {
  type: 'ballot.cast';
  ref?: string;
  commandId?: string;
  sittingId: string;
  ballotId: string;
  choice: string | null;
  marks: CastMark[];
}

export interface CloseBallot {
  type: 'ballot.close';
  ref?: string;
  commandId?: string;
  sittingId: string;
  ballotId: string;
}

export interface CreateBallot {
  type: 'ballot.create';
  ref?: string;
  commandId?: string;
  sittingId: string;
  itemId: string;
  kind: BallotKind;
  title: string;
  secret: boolean;
  rule: BallotRule | null;
  labels: BallotLabels | null;
  changeAllowed: boolean | null;
  nominees: string[];
  seats: number | null;
  electionMode: ElectionMode | null;
  rerunOf: string | null;
}

export interface PrepareNextRound {
  type: 'ballot.next_round';
  ref?: string;
  commandId?: string;
  sittingId: string;
  ballotId: string;
}

export interface OpenBallot {
  type: 'ballot.open';
  ref?: string;
  commandId?: string;
  sittingId: string;
  ballotId: string;
  durationSeconds: number | null;
}

export interface EnterPaperCount {
  type: 'ballot.paper_count';
  ref?: string;
  commandId?: string;
  sittingId: string;
  ballotId: string;
  issued: number;
  returned: number;
  valid: number;
  invalid: number;
  marks: PaperMark[];
}

export interface PublishBallot {
  type: 'ballot.publish';
  ref?: string;
  commandId?: string;
  sittingId: string;
  ballotId: string;
}

export interface PresentDocument {
  type: 'document.present';
  ref?: string;
  commandId?: string;
  sittingId: string;
  documentId: string;
  page: number;
}

export interface StopPresenting {
  type: 'document.present_stop';
  ref?: string;
  commandId?: string;
  sittingId: string;
}

export interface EndSpeech {
  type: 'floor.end';
  ref?: string;
  commandId?: string;
  sittingId: string;
}

export interface GiveFloor {
  type: 'floor.give';
  ref?: string;
  commandId?: string;
  sittingId: string;
  requestId: string;
  limitSeconds: number;
}

export interface PauseSpeech {
  type: 'floor.pause';
  ref?: string;
  commandId?: string;
  sittingId: string;
}

export interface ResumeSpeech {
  type: 'floor.resume';
  ref?: string;
  commandId?: string;
  sittingId: string;
}

export interface Ping {
  type: 'heartbeat.ping';
  ref?: string;
  commandId?: string;
  nonce: string;
}

export interface AnswerFeed {
  type: 'media.answer';
  ref?: string;
  commandId?: string;
  sittingId: string;
  feed: string;
  sdp: string;
}

export interface JoinMedia {
  type: 'media.join';
  ref?: string;
  commandId?: string;
  sittingId: string;
  audio: boolean;
  video: boolean;
}

export interface LeaveMedia {
  type: 'media.leave';
  ref?: string;
  commandId?: string;
  sittingId: string;
}

export interface SetMicrophones {
  type: 'media.microphones';
  ref?: string;
  commandId?: string;
  sittingId: string;
  microphones: Microphones;
}

export interface PublishMedia {
  type: 'media.offer';
  ref?: string;
  commandId?: string;
  sittingId: string;
  sdp: string;
}

export interface ReceiveMedia {
  type: 'media.receive';
  ref?: string;
  commandId?: string;
  sittingId: string;
  video: boolean;
}

export interface SendNotice {
  type: 'notice.send';
  ref?: string;
  commandId?: string;
  sittingId: string;
  audience: NoticeAudience;
  siteId: string | null;
  text: string;
}

export interface AnswerRollCall {
  type: 'rollcall.answer';
  ref?: string;
  commandId?: string;
  sittingId: string;
  siteId: string;
}

export interface EndRollCall {
  type: 'rollcall.end';
  ref?: string;
  commandId?: string;
  sittingId: string;
}

export interface StartRollCall {
  type: 'rollcall.start';
  ref?: string;
  commandId?: string;
  sittingId: string;
}

export interface EndSitting {
  type: 'sitting.end';
  ref?: string;
  commandId?: string;
  sittingId: string;
}

export interface StartSitting {
  type: 'sitting.start';
  ref?: string;
  commandId?: string;
  sittingId: string;
}

export interface SubscribeSitting {
  type: 'sitting.subscribe';
  ref?: string;
  commandId?: string;
  sittingId: string;
  afterSeq: number;
}

export interface UnsubscribeSitting {
  type: 'sitting.unsubscribe';
  ref?: string;
  commandId?: string;
  sittingId: string;
}

export interface ReorderSpeakers {
  type: 'speakers.reorder';
  ref?: string;
  commandId?: string;
  sittingId: string;
  itemId: string;
  requestIds: string[];
}

export interface RequestFloor {
  type: 'speakers.request';
  ref?: string;
  commandId?: string;
  sittingId: string;
  itemId: string;
  kind: SpeakerKind;
  addressee: string | null;
  siteId: string | null;
}

export interface WithdrawRequest {
  type: 'speakers.withdraw';
  ref?: string;
  commandId?: string;
  sittingId: string;
  requestId: string;
}

export type ClientCommand =
  | GoToAgendaItem
  | AdvanceAgenda
  | CheckIn
  | CheckInAtSite
  | CheckOut
  | CheckOutAtSite
  | MarkAttendance
  | AnnulBallot
  | CastBallot
  | CloseBallot
  | CreateBallot
  | PrepareNextRound
  | OpenBallot
  | EnterPaperCount
  | PublishBallot
  | PresentDocument
  | StopPresenting
  | EndSpeech
  | GiveFloor
  | PauseSpeech
  | ResumeSpeech
  | Ping
  | AnswerFeed
  | JoinMedia
  | LeaveMedia
  | SetMicrophones
  | PublishMedia
  | ReceiveMedia
  | SendNotice
  | AnswerRollCall
  | EndRollCall
  | StartRollCall
  | EndSitting
  | StartSitting
  | SubscribeSitting
  | UnsubscribeSitting
  | ReorderSpeakers
  | RequestFloor
  | WithdrawRequest;

// ---- WebSocket: server → client messages ----

export interface CommandAccepted {
  type: 'command.accepted';
  ref: string | null;
  repeated: boolean;
}

export interface ErrorMessage {
  type: 'error';
  ref: string | null;
  code: string;
  message: string;
  sittingId: string | null;
}

export interface Pong {
  type: 'heartbeat.pong';
  nonce: string;
  at: string;
}

export interface PublishAnswer {
  type: 'media.answer';
  sittingId: string;
  sdp: string;
}

export interface MediaError {
  type: 'media.error';
  ref: string | null;
  sittingId: string;
  feed: string | null;
  code: string;
  message: string;
}

export interface FeedOffer {
  type: 'media.offer';
  sittingId: string;
  feed: string;
  sdp: string;
}

export interface MediaPublishers {
  type: 'media.publishers';
  sittingId: string;
  self: string;
  speaker: string | null;
  publishers: MediaPublisher[];
  microphones: Microphones;
}

export interface Receiving {
  type: 'media.receiving';
  sittingId: string;
  video: boolean;
}

export interface OrganisationChanged {
  type: 'organisation.changed';
  organisationId: string;
  list: OrganisationList;
}

export interface Welcome {
  type: 'session.welcome';
  accountId: string;
  fullName: string;
}

export interface Subscribed {
  type: 'sitting.subscribed';
  sittingId: string;
  lastSeq: number;
  reload: boolean;
}

export interface UploadProgress {
  type: 'upload.progress';
  uploadId: string;
  stage: UploadStage;
  page: number;
  pages: number;
}

export interface AgendaItemAdded {
  type: 'agenda.added';
  sittingId: string;
  seq: number;
  at: string;
  item: AgendaItem;
}

export interface CurrentItemChanged {
  type: 'agenda.current';
  sittingId: string;
  seq: number;
  at: string;
  itemId: string | null;
  closed: boolean;
  nextItemId: string | null;
}

export interface AgendaItemPublished {
  type: 'agenda.published';
  sittingId: string;
  seq: number;
  at: string;
  item: AgendaItem;
}

export interface AgendaItemRemoved {
  type: 'agenda.removed';
  sittingId: string;
  seq: number;
  at: string;
  itemId: string;
}

export interface AgendaItemUpdated {
  type: 'agenda.updated';
  sittingId: string;
  seq: number;
  at: string;
  item: AgendaItem;
}

export interface AttendanceChanged {
  type: 'attendance.changed';
  sittingId: string;
  seq: number;
  at: string;
  entry: AttendanceEntry;
  quorum: QuorumLine;
}

export interface BallotChanged {
  type: 'ballot.changed';
  sittingId: string;
  seq: number;
  at: string;
  ballot: Ballot;
}

export interface VoteEntitled {
  type: 'ballot.entitled';
  sittingId: string;
  seq: number;
  at: string;
  ballotId: string;
}

export interface BallotProgressed {
  type: 'ballot.progress';
  sittingId: string;
  seq: number;
  at: string;
  ballotId: string;
  voted: number;
  entitled: number;
}

export interface VoteRecorded {
  type: 'ballot.recorded';
  sittingId: string;
  seq: number;
  at: string;
  ballotId: string;
  secret: boolean;
  choice: string | null;
  marks: CastMark[];
}

export interface CommentsChanged {
  type: 'comments.changed';
  sittingId: string;
  seq: number;
  at: string;
}

export interface DocumentsChanged {
  type: 'documents.changed';
  sittingId: string;
  seq: number;
  at: string;
}

export interface DocumentsRead {
  type: 'documents.read';
  sittingId: string;
  seq: number;
  at: string;
}

export interface NoticeSent {
  type: 'notice.sent';
  sittingId: string;
  seq: number;
  at: string;
  notice: SittingNotice;
}

export interface PresentationChanged {
  type: 'presentation.changed';
  sittingId: string;
  seq: number;
  at: string;
  presentation: Presentation | null;
}

export interface RollCallChanged {
  type: 'rollcall.changed';
  sittingId: string;
  seq: number;
  at: string;
  rollCall: RollCall;
}

export interface SittingEnded {
  type: 'sitting.ended';
  sittingId: string;
  seq: number;
  at: string;
  sitting: Sitting;
}

export interface SittingStarted {
  type: 'sitting.started';
  sittingId: string;
  seq: number;
  at: string;
  sitting: Sitting;
}

export interface SittingUpdated {
  type: 'sitting.updated';
  sittingId: string;
  seq: number;
  at: string;
  sitting: Sitting;
}

export interface SpeakersChanged {
  type: 'speakers.changed';
  sittingId: string;
  seq: number;
  at: string;
  itemId: string;
  requests: SpeakerEntry[];
}

export type SittingEvent =
  | AgendaItemAdded
  | CurrentItemChanged
  | AgendaItemPublished
  | AgendaItemRemoved
  | AgendaItemUpdated
  | AttendanceChanged
  | BallotChanged
  | VoteEntitled
  | BallotProgressed
  | VoteRecorded
  | CommentsChanged
  | DocumentsChanged
  | DocumentsRead
  | NoticeSent
  | PresentationChanged
  | RollCallChanged
  | SittingEnded
  | SittingStarted
  | SittingUpdated
  | SpeakersChanged;

export type ServerMessage = CommandAccepted | ErrorMessage | Pong | PublishAnswer | MediaError | FeedOffer | MediaPublishers | Receiving | OrganisationChanged | Welcome | Subscribed | UploadProgress | SittingEvent;
