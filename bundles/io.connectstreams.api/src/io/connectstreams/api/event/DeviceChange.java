package io.connectstreams.api.event;

/**
 * Payload of the {@code configuration::set_*_device} requests and {@code configuration::*_device_changed}
 * confirmations; Streams' {@code {deviceId}}.
 *
 * @param deviceId the device id
 */
public record DeviceChange(String deviceId) {
}
