/** The camera and microphone a person chose; null: the browser's default. */
export interface DeviceChoice {
  microphone: string | null;
  camera: string | null;
}

/** A camera or microphone of this computer, named as the browser names it once capture is allowed. */
export interface MediaDeviceOption {
  kind: 'audioinput' | 'videoinput';
  deviceId: string;
  label: string;
}
