/**
 * The camera and microphone a person chose; null: the browser's default. {@code sendVideo} false: the microphone
 * only (a delegate in the hall, whom the hall's cameras show, or a site without a camera).
 */
export interface DeviceChoice {
  microphone: string | null;
  camera: string | null;
  sendVideo: boolean;
}

/** The defaults: the browser's own camera and microphone, both sent. */
export const DEFAULT_DEVICES: DeviceChoice = { microphone: null, camera: null, sendVideo: true };

/** A camera or microphone of this computer, named as the browser names it once capture is allowed. */
export interface MediaDeviceOption {
  kind: 'audioinput' | 'videoinput';
  deviceId: string;
  label: string;
}
