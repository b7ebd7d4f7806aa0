import type { DeviceChoice } from './devices';
import type { IceServer, MediaPublisher, Microphones } from '../protocol/generated';
import type { MediaCommand, MediaMessage } from '../realtime/realtimeClient';
import type { Problem } from '../ui/problem';
import { WeakLinkWatch } from './weakLink';

/** The part of a WebRTC peer connection a call uses: the browser's RTCPeerConnection, or a test's own. */
export interface PeerConnection {
  readonly iceGatheringState: RTCIceGatheringState;
  readonly localDescription: RTCSessionDescriptionInit | null;
  addTrack(track: MediaStreamTrack, stream: MediaStream): unknown;
  createOffer(): Promise<RTCSessionDescriptionInit>;
  createAnswer(): Promise<RTCSessionDescriptionInit>;
  setLocalDescription(description: RTCSessionDescriptionInit): Promise<void>;
  setRemoteDescription(description: RTCSessionDescriptionInit): Promise<void>;
  addEventListener(type: 'icegatheringstatechange', listener: () => void): void;
  addEventListener(type: 'track', listener: (event: { streams: readonly MediaStream[] }) => void): void;
  getStats(): Promise<RTCStatsReport>;
  close(): void;
}

/** What a call reaches outside itself. */
export interface CallDeps {
  signal: {
    media(command: MediaCommand): boolean;
    onMedia(listener: (message: MediaMessage) => void): () => void;
  };
  newPeer(relays: readonly IceServer[]): PeerConnection;
  /** The TURN relays for this person, fetched at each join (their credentials expire); none when there are none. */
  relays(): Promise<readonly IceServer[]>;
  /** The camera and microphone (those chosen, else the defaults), once allowed; rejects when refused or absent. */
  capture(choice?: DeviceChoice): Promise<MediaStream>;
  /** Resolves after this long: how long a description waits for its ICE candidates before it is sent anyway. */
  delay(ms: number): Promise<void>;
}

export interface Tile {
  participantId: string;
  name: string;
  stream: MediaStream | null;
}

export type CallPhase = 'idle' | 'joining' | 'joined' | 'ended';

export interface CallState {
  phase: CallPhase;
  /** Whether this socket sends its own camera and microphone. */
  sending: boolean;
  self: string | null;
  speaker: string | null;
  local: MediaStream | null;
  tiles: readonly Tile[];
  /** Whose microphones the server lets through, as the chair set it. */
  microphones: Microphones;
  /** While the chair lets everyone open their own microphone: whether this person opened theirs. */
  ownMicrophoneOpen: boolean;
  /** Whether the others' pictures reach this screen, or their sound only (a weak link), as the server confirmed. */
  pictures: boolean;
  /** Whether the screen chose the sound only by itself, the link having been too weak for the pictures. */
  weakLink: boolean;
  problem: Problem | null;
}

const IDLE: CallState = {
  phase: 'idle',
  sending: false,
  self: null,
  speaker: null,
  local: null,
  tiles: [],
  microphones: 'FLOOR',
  ownMicrophoneOpen: false,
  pictures: true,
  weakLink: false,
  problem: null,
};

/** Codes after which the server holds nothing of this socket's video: the call is over until joined again. */
const ENDING = new Set(['media_ended', 'media_node_lost', 'media_replaced', 'media_unavailable', 'media_no_room']);

const ICE_PATIENCE_MS = 3000;

/**
 * One socket's part in a sitting's video: joins, sends its own stream when it may, answers the server's offer of
 * each participant's feed, and follows who sends and who holds the floor. Descriptions go whole, candidates included
 * (the server does not trickle). Leaving closes every connection and stops the camera.
 */
export class VideoCall {
  private state: CallState = IDLE;
  private readonly listeners = new Set<(state: CallState) => void>();
  private publisher: PeerConnection | null = null;
  private readonly feeds = new Map<string, PeerConnection>();
  private readonly streams = new Map<string, MediaStream>();
  private stopListening: (() => void) | null = null;
  private relays: readonly IceServer[] = [];
  private readonly linkWatch = new WeakLinkWatch();
  /** The person took the pictures again after the screen chose the sound only: it does not choose for them again. */
  private picturesPinned = false;

  constructor(
    private readonly sittingId: string,
    private readonly deps: CallDeps,
  ) {}

  current(): CallState {
    return this.state;
  }

  onChange(listener: (state: CallState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * @param send whether to send one's own camera and microphone (else watch only)
   * @param devices the devices chosen, or the stream already captured from them (the check before joining hands it
   *     over, so the camera is not opened twice)
   */
  async join(send: boolean, devices: { choice?: DeviceChoice; stream?: MediaStream } = {}): Promise<void> {
    if (this.state.phase === 'joining' || this.state.phase === 'joined') {
      devices.stream?.getTracks().forEach((track) => track.stop());
      return;
    }
    this.update({ ...IDLE, phase: 'joining' });
    // Without them the media server is still reached directly, as on most council networks.
    this.relays = await this.deps.relays().catch(() => []);
    let local: MediaStream | null = null;
    if (send) {
      try {
        local = devices.stream ?? (await this.deps.capture(devices.choice));
      } catch {
        this.update({ ...IDLE, problem: { code: 'media_no_device', serverMessage: null } });
        return;
      }
    }
    this.update({ ...this.state, sending: local !== null, local });
    this.stopListening = this.deps.signal.onMedia((message) => this.hear(message));
    const audio = local !== null && local.getAudioTracks().length > 0;
    const video = local !== null && local.getVideoTracks().length > 0;
    if (!this.deps.signal.media({ type: 'media.join', sittingId: this.sittingId, audio, video })) {
      this.teardown({ code: 'offline', serverMessage: null }, 'idle');
    }
  }

  leave(): void {
    if (this.state.phase === 'idle' || this.state.phase === 'ended') {
      this.teardown(null, 'idle');
      return;
    }
    this.deps.signal.media({ type: 'media.leave', sittingId: this.sittingId });
    this.teardown(null, 'idle');
  }

  private hear(message: MediaMessage): void {
    if (message.sittingId !== this.sittingId) {
      return;
    }
    switch (message.type) {
      case 'media.publishers':
        this.publishers(message.self, message.speaker, message.publishers, message.microphones);
        break;
      case 'media.answer':
        void this.publisher?.setRemoteDescription({ type: 'answer', sdp: message.sdp });
        break;
      case 'media.offer':
        void this.answerFeed(message.feed, message.sdp);
        break;
      case 'media.receiving':
        this.update({ ...this.state, pictures: message.video });
        break;
      case 'media.error':
        this.failed({ code: message.code, serverMessage: message.message }, message.feed);
        break;
    }
  }

  /** The chair's say over the room's microphones (the server refuses it to anyone else). */
  setMicrophones(microphones: Microphones): void {
    this.deps.signal.media({ type: 'media.microphones', sittingId: this.sittingId, microphones });
  }

  /**
   * Chỉ nghe: asks the server to send the others' sound only (a weak link keeps its audio), or their pictures again;
   * the screen follows once the server confirms.
   */
  receivePictures(pictures: boolean): void {
    if (pictures && this.state.weakLink) {
      this.picturesPinned = true;
    }
    this.linkWatch.reset();
    this.update({ ...this.state, weakLink: false });
    this.askPictures(pictures);
  }

  /**
   * One look at how the others' video arrives (the screen looks every few seconds): when too much of it has been lost
   * for too long, the screen takes their sound only by itself, and says so.
   */
  async checkLink(): Promise<void> {
    if (this.state.phase !== 'joined' || !this.state.pictures || this.picturesPinned || this.feeds.size === 0) {
      return;
    }
    const total = { packetsReceived: 0, packetsLost: 0 };
    const reports = await Promise.all([...this.feeds.values()].map((peer) => peer.getStats().catch(() => null)));
    reports.forEach((report) =>
      report?.forEach((entry: { type?: string; kind?: string; packetsReceived?: number; packetsLost?: number }) => {
        if (entry.type === 'inbound-rtp' && entry.kind === 'video') {
          total.packetsReceived += entry.packetsReceived ?? 0;
          total.packetsLost += entry.packetsLost ?? 0;
        }
      }),
    );
    if (this.linkWatch.look(total) && this.state.pictures && !this.state.weakLink) {
      this.update({ ...this.state, weakLink: true });
      this.askPictures(false);
    }
  }

  private askPictures(pictures: boolean): void {
    this.deps.signal.media({ type: 'media.receive', sittingId: this.sittingId, video: pictures });
  }

  /** Opens or closes one's own microphone while the chair lets everyone do so. */
  openOwnMicrophone(open: boolean): void {
    this.update({ ...this.state, ownMicrophoneOpen: open });
    this.applyOwnMicrophone();
  }

  /**
   * The microphone track sends unless the chair lets everyone open their own and this person has not: the server
   * then no longer mutes anyone, so a microphone left open would be heard by the whole room.
   */
  private applyOwnMicrophone(): void {
    const { microphones, speaker, self, ownMicrophoneOpen, local } = this.state;
    const sends = microphones !== 'OPEN' || (self !== null && speaker === self) || ownMicrophoneOpen;
    local?.getAudioTracks().forEach((track) => {
      track.enabled = sends;
    });
  }

  private publishers(self: string, speaker: string | null, publishers: readonly MediaPublisher[], microphones: Microphones): void {
    const firstAnswer = this.state.phase === 'joining';
    // Everyone starts closed when the chair opens the microphones to all.
    const ownMicrophoneOpen = microphones === 'OPEN' && this.state.microphones === 'OPEN' && this.state.ownMicrophoneOpen;
    const listed = new Set(publishers.map((publisher) => publisher.participantId));
    for (const [feed, peer] of this.feeds) {
      if (!listed.has(feed)) {
        peer.close();
        this.feeds.delete(feed);
        this.streams.delete(feed);
      }
    }
    this.update({
      ...this.state,
      phase: 'joined',
      self,
      speaker,
      microphones,
      ownMicrophoneOpen,
      tiles: publishers.map((publisher) => ({
        participantId: publisher.participantId,
        name: publisher.name,
        stream: this.streams.get(publisher.participantId) ?? null,
      })),
    });
    this.applyOwnMicrophone();
    if (firstAnswer && this.state.local !== null) {
      void this.publish(this.state.local);
    }
  }

  private async publish(local: MediaStream): Promise<void> {
    const peer = this.deps.newPeer(this.relays);
    this.publisher = peer;
    local.getTracks().forEach((track) => peer.addTrack(track, local));
    await peer.setLocalDescription(await peer.createOffer());
    const sdp = await this.gathered(peer);
    if (this.publisher === peer && sdp !== null) {
      this.deps.signal.media({ type: 'media.offer', sittingId: this.sittingId, sdp });
    }
  }

  private async answerFeed(feed: string, offer: string): Promise<void> {
    this.feeds.get(feed)?.close();
    const peer = this.deps.newPeer(this.relays);
    this.feeds.set(feed, peer);
    peer.addEventListener('track', (event) => {
      const stream = event.streams[0];
      if (stream && this.feeds.get(feed) === peer) {
        this.streams.set(feed, stream);
        this.update({
          ...this.state,
          tiles: this.state.tiles.map((tile) => (tile.participantId === feed ? { ...tile, stream } : tile)),
        });
      }
    });
    await peer.setRemoteDescription({ type: 'offer', sdp: offer });
    await peer.setLocalDescription(await peer.createAnswer());
    const sdp = await this.gathered(peer);
    if (this.feeds.get(feed) === peer && sdp !== null) {
      this.deps.signal.media({ type: 'media.answer', sittingId: this.sittingId, feed, sdp });
    }
  }

  /** The local description once its candidates are gathered, or as it stands after a while. */
  private async gathered(peer: PeerConnection): Promise<string | null> {
    if (peer.iceGatheringState !== 'complete') {
      await Promise.race([
        new Promise<void>((resolve) =>
          peer.addEventListener('icegatheringstatechange', () => {
            if (peer.iceGatheringState === 'complete') {
              resolve();
            }
          }),
        ),
        this.deps.delay(ICE_PATIENCE_MS),
      ]);
    }
    return peer.localDescription?.sdp ?? null;
  }

  private failed(problem: Problem, feed: string | null): void {
    if (ENDING.has(problem.code) || this.state.phase === 'joining') {
      this.teardown(problem, 'ended');
      return;
    }
    if (feed !== null) {
      this.feeds.get(feed)?.close();
      this.feeds.delete(feed);
    }
    this.update({ ...this.state, problem });
  }

  private teardown(problem: Problem | null, phase: CallPhase): void {
    this.stopListening?.();
    this.stopListening = null;
    this.publisher?.close();
    this.publisher = null;
    this.feeds.forEach((peer) => peer.close());
    this.feeds.clear();
    this.streams.clear();
    this.linkWatch.reset();
    this.picturesPinned = false;
    this.state.local?.getTracks().forEach((track) => track.stop());
    this.update({ ...IDLE, phase, problem });
  }

  private update(next: CallState): void {
    this.state = next;
    this.listeners.forEach((listener) => listener(next));
  }
}
