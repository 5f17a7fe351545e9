package io.connectstreams.sandbox.internal.cti;

import io.connectstreams.sandbox.internal.engine.CtiException;

/**
 * Where the answer of one CTI request goes; exactly one method is called, once.
 */
public interface CtiReply {

    /**
     * @param json the response body
     */
    void success(String json);

    /**
     * @param error the service error
     */
    void failure(CtiException error);
}
