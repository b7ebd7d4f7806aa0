import { describe, expect, it } from 'vitest';
import type { MediaCommand, MediaMessage } from '../realtime/realtimeClient';
import type { IceServer } from '../protocol/generated';
import type { DeviceChoice } from './devices';
import { type CallDeps, type PeerConnection, VideoCall } from './videoCall';

class FakePeer implements PeerConnection {
  iceGatheringState: RTCIceGatheringState = 'gathering';
  localDescription: RTCSessionDescriptionInit | null = null;
  readonly remote: RTCSessionDescriptionInit[] = [];
  readonly tracks: MediaStreamTrack[] = [];
  closed = false;
  private readonly gatheringListeners: (() => void)[] = [];
  private readonly trackListeners: ((event: { streams: readonly MediaStream[] }) => void)[] = [];

  constructor(private readonly name: string) {}

  addTrack(track: MediaStreamTrack): void {
    this.tracks.push(track);
  }
  async createOffer(): Promise<RTCSessionDescriptionInit> {
    return { type: 'offer', sdp: `offer of ${this.name}` };
  }
  async createAnswer(): Promise<RTCSessionDescriptionInit> {
    return { type: 'answer', sdp: `answer of ${this.name}` };
  }
  async setLocalDescription(description: RTCSessionDescriptionInit): Promise<void> {
    this.localDescription = { ...description, sdp: `${description.sdp} without candidates` };
  }
  async setRemoteDescription(description: RTCSessionDescriptionInit): Promise<void> {
    this.remote.push(description);
  }
  addEventListener(type: string, listener: never): void {
    if (type === 'icegatheringstatechange') {
      this.gatheringListeners.push(listener);
    } else {
      this.trackListeners.push(listener);
    }
  }
  /** What the browser would report of the video received on this connection so far. */
  video = { packetsReceived: 0, packetsLost: 0 };
  async getStats(): Promise<RTCStatsReport> {
    return new Map([['in', { type: 'inbound-rtp', kind: 'video', ...this.video }]]) as unknown as RTCStatsReport;
  }
  close(): void {
    this.closed = true;
  }
  /** The browser has gathered its candidates and put them in the description. */
  gather(): void {
    this.iceGatheringState = 'complete';
    const gathered = this.localDescription!;
    this.localDescription = { type: gathered.type, sdp: gathered.sdp?.replace('without', 'with') };
    this.gatheringListeners.forEach((listener) => listener());
  }
  receive(stream: MediaStream): void {
    this.trackListeners.forEach((listener) => listener({ streams: [stream] }));
  }
}

function fakeTrack(kind: string): MediaStreamTrack & { stopped: boolean } {
  const track = { kind, stopped: false, stop: () => { track.stopped = true; } };
  return track as unknown as MediaStreamTrack & { stopped: boolean };
}

function fakeStream(name: string, tracks: MediaStreamTrack[] = []): MediaStream {
  return {
    id: name,
    getTracks: () => tracks,
    getAudioTracks: () => tracks.filter((t) => t.kind === 'audio'),
    getVideoTracks: () => tracks.filter((t) => t.kind === 'video'),
  } as unknown as MediaStream;
}

/** A settled turn of the event loop: the call's promises have run as far as they can. */
const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function harness(options: { online?: boolean; camera?: MediaStream | null; relays?: readonly IceServer[] | 'failing' } = {}) {
  const sent: MediaCommand[] = [];
  const peers: FakePeer[] = [];
  const captures: (DeviceChoice | undefined)[] = [];
  const peerRelays: (readonly IceServer[])[] = [];
  let listener: ((message: MediaMessage) => void) | null = null;
  let releaseIce: () => void = () => {};
  const deps: CallDeps = {
    signal: {
      media: (command) => {
        if (options.online === false) {
          return false;
        }
        sent.push(command);
        return true;
      },
      onMedia: (heard) => {
        listener = heard;
        return () => { listener = null; };
      },
    },
    newPeer: (relays) => {
      peerRelays.push(relays);
      const peer = new FakePeer(`peer ${peers.length}`);
      peers.push(peer);
      return peer;
    },
    capture: async (choice) => {
      captures.push(choice);
      if (options.camera === null) {
        throw new DOMException('denied', 'NotAllowedError');
      }
      return options.camera ?? fakeStream('camera', [fakeTrack('audio'), fakeTrack('video')]);
    },
    relays: () =>
      options.relays === 'failing' ? Promise.reject(new Error('offline')) : Promise.resolve(options.relays ?? []),
    delay: () => new Promise<void>((resolve) => { releaseIce = resolve; }),
  };
  const call = new VideoCall('s1', deps);
  const hear = (message: MediaMessage) => listener?.(message);
  return { call, sent, peers, peerRelays, captures, hear, listening: () => listener !== null, iceTimesOut: () => releaseIce() };
}

const an = { participantId: 'delegate-an', name: 'Nguyễn Văn An' };
const binh = { participantId: 'delegate-binh', name: 'Trần Thị Bình' };

describe('a sitting video call', () => {
  it('joins, sends its own stream once joined, with its candidates, and applies the answer', async () => {
    const { call, sent, peers, hear } = harness();
    await call.join(true);
    expect(sent).toEqual([{ type: 'media.join', sittingId: 's1', audio: true, video: true }]);
    expect(call.current().phase).toBe('joining');

    hear({ type: 'media.publishers', microphones: 'FLOOR', sittingId: 's1', self: 'delegate-me', speaker: null, publishers: [] });
    await settle();
    expect(call.current()).toMatchObject({ phase: 'joined', self: 'delegate-me', sending: true });
    expect(peers[0]?.tracks.map((t) => t.kind)).toEqual(['audio', 'video']);
    expect(sent).toHaveLength(1);

    peers[0]?.gather();
    await settle();
    expect(sent[1]).toEqual({ type: 'media.offer', sittingId: 's1', sdp: 'offer of peer 0 with candidates' });

    hear({ type: 'media.answer', sittingId: 's1', sdp: 'janus answer' });
    expect(peers[0]?.remote).toEqual([{ type: 'answer', sdp: 'janus answer' }]);
  });

  it('gives every connection the TURN relays fetched at joining, and joins without them when they cannot be had', async () => {
    const relay: IceServer = { urls: ['turns:turn.hdnd.example.vn:443?transport=tcp'], username: '1796240000:acct', credential: 'c2VjcmV0' };
    const relayed = harness({ relays: [relay] });
    await relayed.call.join(true);
    relayed.hear({ type: 'media.publishers', microphones: 'FLOOR', sittingId: 's1', self: 'delegate-me', speaker: null, publishers: [an] });
    relayed.hear({ type: 'media.offer', sittingId: 's1', feed: an.participantId, sdp: 'offer of An' });
    await settle();
    expect(relayed.peerRelays).toEqual([[relay], [relay]]);

    const direct = harness({ relays: 'failing' });
    await direct.call.join(true);
    expect(direct.sent).toEqual([{ type: 'media.join', sittingId: 's1', audio: true, video: true }]);
    direct.hear({ type: 'media.publishers', microphones: 'FLOOR', sittingId: 's1', self: 'delegate-me', speaker: null, publishers: [] });
    await settle();
    expect(direct.peerRelays).toEqual([[]]);
  });

  it('captures from the devices chosen, and sends a stream the check handed over without opening the camera again', async () => {
    const chosen = harness();
    const choice = { microphone: 'mic-2', camera: null, sendVideo: false };
    await chosen.call.join(true, { choice });
    expect(chosen.captures).toEqual([choice]);

    const handed = harness();
    const checked = fakeStream('checked', [fakeTrack('audio')]);
    await handed.call.join(true, { choice, stream: checked });
    expect(handed.captures).toEqual([]);
    expect(handed.call.current().local).toBe(checked);
    expect(handed.sent).toEqual([{ type: 'media.join', sittingId: 's1', audio: true, video: false }]);
  });

  it('a stream handed over while already in the call is stopped, not left open', async () => {
    const { call } = harness();
    await call.join(false);
    const late = fakeStream('late', [fakeTrack('audio'), fakeTrack('video')]);
    await call.join(true, { stream: late });
    expect(late.getTracks().every((track) => (track as unknown as { stopped: boolean }).stopped)).toBe(true);
    expect(call.current().local).toBeNull();
  });

  it('while the chair opens the microphones to all, its own stays closed until the person opens it', async () => {
    const microphone = fakeTrack('audio') as MediaStreamTrack & { stopped: boolean };
    const camera = fakeStream('camera', [microphone, fakeTrack('video')]);
    const { call, sent, hear } = harness({ camera });
    await call.join(true);
    const publishers = (microphones: 'FLOOR' | 'OPEN' | 'SPEAKER_ONLY', speaker: string | null = null) =>
      hear({ type: 'media.publishers', microphones, sittingId: 's1', self: 'delegate-me', speaker, publishers: [] });
    publishers('FLOOR');
    microphone.enabled = true;

    publishers('OPEN');
    expect(call.current().microphones).toBe('OPEN');
    expect(microphone.enabled).toBe(false);
    call.openOwnMicrophone(true);
    expect(microphone.enabled).toBe(true);
    publishers('OPEN');
    expect(microphone.enabled).toBe(true);
    call.openOwnMicrophone(false);
    expect(microphone.enabled).toBe(false);

    publishers('OPEN', 'delegate-me');
    expect(microphone.enabled).toBe(true);
    publishers('FLOOR');
    expect(microphone.enabled).toBe(true);
    publishers('OPEN');
    expect(call.current().ownMicrophoneOpen).toBe(false);

    call.setMicrophones('SPEAKER_ONLY');
    expect(sent.at(-1)).toEqual({ type: 'media.microphones', sittingId: 's1', microphones: 'SPEAKER_ONLY' });
  });

  it('sends what it has gathered when the candidates are slow to come', async () => {
    const { call, sent, peers, hear, iceTimesOut } = harness();
    await call.join(true);
    hear({ type: 'media.publishers', microphones: 'FLOOR', sittingId: 's1', self: 'delegate-me', speaker: null, publishers: [] });
    await settle();
    iceTimesOut();
    await settle();
    expect(peers).toHaveLength(1);
    expect(sent[1]).toEqual({ type: 'media.offer', sittingId: 's1', sdp: 'offer of peer 0 without candidates' });
  });

  it('watching only, answers each feed it is offered and shows its stream on the right tile', async () => {
    const { call, sent, peers, hear } = harness();
    await call.join(false);
    expect(sent).toEqual([{ type: 'media.join', sittingId: 's1', audio: false, video: false }]);
    hear({ type: 'media.publishers', microphones: 'FLOOR', sittingId: 's1', self: 'account-me', speaker: 'delegate-binh', publishers: [an, binh] });
    await settle();
    expect(peers).toHaveLength(0);
    expect(call.current().tiles.map((tile) => [tile.name, tile.stream])).toEqual([['Nguyễn Văn An', null], ['Trần Thị Bình', null]]);
    expect(call.current().speaker).toBe('delegate-binh');

    hear({ type: 'media.offer', sittingId: 's1', feed: 'delegate-binh', sdp: 'janus offer of Bình' });
    await settle();
    const binhsPeer = peers[0]!;
    expect(binhsPeer.remote).toEqual([{ type: 'offer', sdp: 'janus offer of Bình' }]);
    binhsPeer.gather();
    await settle();
    expect(sent[1]).toEqual({ type: 'media.answer', sittingId: 's1', feed: 'delegate-binh', sdp: 'answer of peer 0 with candidates' });

    const stream = fakeStream('Bình');
    binhsPeer.receive(stream);
    expect(call.current().tiles.find((tile) => tile.participantId === 'delegate-binh')?.stream).toBe(stream);
    expect(call.current().tiles.find((tile) => tile.participantId === 'delegate-an')?.stream).toBeNull();
  });

  it('asks for the others’ sound only on a weak link, and back, and shows what the server confirmed', async () => {
    const { call, sent, hear } = harness();
    await call.join(false);
    expect(call.current().pictures).toBe(true);
    call.receivePictures(false);
    expect(sent[1]).toEqual({ type: 'media.receive', sittingId: 's1', video: false });
    expect(call.current().pictures).toBe(true);
    hear({ type: 'media.receiving', sittingId: 'another', video: false });
    expect(call.current().pictures).toBe(true);
    hear({ type: 'media.receiving', sittingId: 's1', video: false });
    expect(call.current().pictures).toBe(false);
    call.receivePictures(true);
    expect(sent[2]).toEqual({ type: 'media.receive', sittingId: 's1', video: true });
    hear({ type: 'media.receiving', sittingId: 's1', video: true });
    expect(call.current().pictures).toBe(true);
  });

  it('takes the sound only by itself when too much of the pictures is lost for long, and not again once taken back', async () => {
    const { call, sent, peers, hear } = harness();
    await call.join(false);
    hear({ type: 'media.publishers', microphones: 'FLOOR', sittingId: 's1', self: 'account-me', speaker: null, publishers: [an] });
    hear({ type: 'media.offer', sittingId: 's1', feed: 'delegate-an', sdp: 'janus offer of An' });
    await settle();
    const ansPeer = peers[0]!;
    const arrive = async (received: number, lost: number) => {
      ansPeer.video = { packetsReceived: ansPeer.video.packetsReceived + received, packetsLost: ansPeer.video.packetsLost + lost };
      await call.checkLink();
    };
    await arrive(100, 0);
    await arrive(100, 2);
    await arrive(70, 30);
    await arrive(70, 30);
    expect(sent.filter((command) => command.type === 'media.receive')).toEqual([]);
    await arrive(70, 30);
    expect(sent.filter((command) => command.type === 'media.receive')).toEqual([{ type: 'media.receive', sittingId: 's1', video: false }]);
    expect(call.current().weakLink).toBe(true);
    hear({ type: 'media.receiving', sittingId: 's1', video: false });
    expect(call.current().pictures).toBe(false);

    call.receivePictures(true);
    hear({ type: 'media.receiving', sittingId: 's1', video: true });
    expect(call.current()).toMatchObject({ pictures: true, weakLink: false });
    for (let i = 0; i < 5; i++) {
      await arrive(50, 50);
    }
    expect(sent.filter((command) => command.type === 'media.receive')).toHaveLength(2);
  });

  it('drops the connection of a participant who stops sending, and ignores other sittings', async () => {
    const { call, peers, hear } = harness();
    await call.join(false);
    hear({ type: 'media.publishers', microphones: 'FLOOR', sittingId: 's1', self: 'account-me', speaker: null, publishers: [an, binh] });
    hear({ type: 'media.offer', sittingId: 's1', feed: 'delegate-an', sdp: 'offer' });
    await settle();
    hear({ type: 'media.publishers', microphones: 'FLOOR', sittingId: 's2', self: 'account-me', speaker: null, publishers: [] });
    expect(call.current().tiles).toHaveLength(2);
    hear({ type: 'media.publishers', microphones: 'FLOOR', sittingId: 's1', self: 'account-me', speaker: null, publishers: [binh] });
    expect(peers[0]?.closed).toBe(true);
    expect(call.current().tiles.map((tile) => tile.participantId)).toEqual(['delegate-binh']);
  });

  it('leaving tells the server, closes every connection, stops the camera and stops listening', async () => {
    const camera = fakeStream('camera', [fakeTrack('audio'), fakeTrack('video')]);
    const { call, sent, peers, hear, listening } = harness({ camera });
    await call.join(true);
    hear({ type: 'media.publishers', microphones: 'FLOOR', sittingId: 's1', self: 'delegate-me', speaker: null, publishers: [an] });
    hear({ type: 'media.offer', sittingId: 's1', feed: 'delegate-an', sdp: 'offer' });
    await settle();
    call.leave();
    expect(sent.at(-1)).toEqual({ type: 'media.leave', sittingId: 's1' });
    expect(peers.every((peer) => peer.closed)).toBe(true);
    expect(camera.getTracks().every((track) => (track as unknown as { stopped: boolean }).stopped)).toBe(true);
    expect(listening()).toBe(false);
    expect(call.current()).toMatchObject({ phase: 'idle', tiles: [], local: null });
  });

  it('ends the call when the server says the video is over, and says why', async () => {
    const { call, peers, hear } = harness();
    await call.join(true);
    hear({ type: 'media.publishers', microphones: 'FLOOR', sittingId: 's1', self: 'delegate-me', speaker: null, publishers: [] });
    await settle();
    hear({ type: 'media.error', sittingId: 's1', ref: null, feed: null, code: 'media_replaced', message: 'Đã tham gia từ cửa sổ khác.' });
    expect(call.current()).toMatchObject({ phase: 'ended', problem: { code: 'media_replaced' } });
    expect(peers[0]?.closed).toBe(true);
  });

  it('a feed that fails is dropped and told, the call goes on', async () => {
    const { call, peers, hear } = harness();
    await call.join(false);
    hear({ type: 'media.publishers', microphones: 'FLOOR', sittingId: 's1', self: 'account-me', speaker: null, publishers: [an] });
    hear({ type: 'media.offer', sittingId: 's1', feed: 'delegate-an', sdp: 'offer' });
    await settle();
    hear({ type: 'media.error', sittingId: 's1', ref: null, feed: 'delegate-an', code: 'media_bad_sdp', message: 'SDP không hợp lệ.' });
    expect(peers[0]?.closed).toBe(true);
    expect(call.current()).toMatchObject({ phase: 'joined', problem: { code: 'media_bad_sdp' } });
  });

  it('without a camera or permission for it, does not join and says so; offline, does not join either', async () => {
    const refused = harness({ camera: null });
    await refused.call.join(true);
    expect(refused.sent).toEqual([]);
    expect(refused.call.current()).toMatchObject({ phase: 'idle', problem: { code: 'media_no_device' } });

    const offline = harness({ online: false });
    await offline.call.join(false);
    expect(offline.call.current()).toMatchObject({ phase: 'idle', problem: { code: 'offline' } });
    expect(offline.listening()).toBe(false);
  });
});
