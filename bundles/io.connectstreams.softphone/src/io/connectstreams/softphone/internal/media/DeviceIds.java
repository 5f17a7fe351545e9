package io.connectstreams.softphone.internal.media;

/**
 * Stable device ids: the device's name plus its index among devices of the same name ({@code "Jabra Link 380#0"}),
 * so a saved choice finds the device again after a restart (the system's descriptors change).
 */
public final class DeviceIds {

    private DeviceIds() {
    }

    /**
     * @param name the device name
     * @param index its index among devices of that name, from 0
     * @return the id
     */
    public static String id(String name, int index) {
        return name + "#" + index;
    }
}
