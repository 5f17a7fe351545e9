/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.api.event;

import java.util.List;

/**
 * Streams' {@code connect.EventType}: the un-namespaced bus events.
 */
public final class EventType {

    /** {@code "acknowledge"}. */
    public static final String ACKNOWLEDGE = "acknowledge";

    /** {@code "ack_timeout"}. */
    public static final String ACK_TIMEOUT = "ack_timeout";

    /** {@code "init"}. */
    public static final String INIT = "init";

    /** {@code "api_request"}. */
    public static final String API_REQUEST = "api_request";

    /** {@code "api_response"}. */
    public static final String API_RESPONSE = "api_response";

    /** {@code "auth_fail"}. */
    public static final String AUTH_FAIL = "auth_fail";

    /** {@code "access_denied"}. */
    public static final String ACCESS_DENIED = "access_denied";

    /** {@code "close"}. */
    public static final String CLOSE = "close";

    /** {@code "configure"}. */
    public static final String CONFIGURE = "configure";

    /** {@code "log"}. */
    public static final String LOG = "log";

    /** {@code "download_log_from_ccp"}. */
    public static final String DOWNLOAD_LOG_FROM_CCP = "download_log_from_ccp";

    /** {@code "master_request"}. */
    public static final String MASTER_REQUEST = "master_request";

    /** {@code "master_response"}. */
    public static final String MASTER_RESPONSE = "master_response";

    /** {@code "synchronize"}. */
    public static final String SYNCHRONIZE = "synchronize";

    /** {@code "terminate"}. */
    public static final String TERMINATE = "terminate";

    /** {@code "terminated"}. */
    public static final String TERMINATED = "terminated";

    /** {@code "send_logs"}. */
    public static final String SEND_LOGS = "send_logs";

    /** {@code "reload_agent_configuration"}. */
    public static final String RELOAD_AGENT_CONFIGURATION = "reload_agent_configuration";

    /** {@code "broadcast"}. */
    public static final String BROADCAST = "broadcast";

    /** {@code "api_metric"}. */
    public static final String API_METRIC = "api_metric";

    /** {@code "client_metric"}. */
    public static final String CLIENT_METRIC = "client_metric";

    /** {@code "softphone_stats"}. */
    public static final String SOFTPHONE_STATS = "softphone_stats";

    /** {@code "softphone_report"}. */
    public static final String SOFTPHONE_REPORT = "softphone_report";

    /** {@code "client_side_logs"}. */
    public static final String CLIENT_SIDE_LOGS = "client_side_logs";

    /** {@code "server_bound_internal_log"}. */
    public static final String SERVER_BOUND_INTERNAL_LOG = "server_bound_internal_log";

    /** {@code "mute"}. */
    public static final String MUTE = "mute";

    /** {@code "iframe_style"}. */
    public static final String IFRAME_STYLE = "iframe_style";

    /** {@code "iframe_retries_exhausted"}. */
    public static final String IFRAME_RETRIES_EXHAUSTED = "iframe_retries_exhausted";

    /** {@code "update_connected_ccps"}. */
    public static final String UPDATE_CONNECTED_CCPS = "update_connected_ccps";

    /** {@code "outer_context_info"}. */
    public static final String OUTER_CONTEXT_INFO = "outer_context_info";

    /** {@code "media_device_request"}. */
    public static final String MEDIA_DEVICE_REQUEST = "media_device_request";

    /** {@code "media_device_response"}. */
    public static final String MEDIA_DEVICE_RESPONSE = "media_device_response";

    /** {@code "tab_id"}. */
    public static final String TAB_ID = "tab_id";

    /** {@code "authorize_success"}. */
    public static final String AUTHORIZE_SUCCESS = "authorize_success";

    /** {@code "authorize_retries_exhausted"}. */
    public static final String AUTHORIZE_RETRIES_EXHAUSTED = "authorize_retries_exhausted";

    /** {@code "cti_authorize_retries_exhausted"}. */
    public static final String CTI_AUTHORIZE_RETRIES_EXHAUSTED = "cti_authorize_retries_exhausted";

    /** {@code "click_stream_data"}. */
    public static final String CLICK_STREAM_DATA = "click_stream_data";

    /** {@code "set_quick_get_agent_snapshot_flag"}. */
    public static final String SET_QUICK_GET_AGENT_SNAPSHOT_FLAG = "set_quick_get_agent_snapshot_flag";

    /** {@code "api_proxy_request"}. */
    public static final String API_PROXY_REQUEST = "api_proxy_request";

    /** {@code "api_proxy_response"}. */
    public static final String API_PROXY_RESPONSE = "api_proxy_response";

    /** {@code "request_configure"}. */
    public static final String REQUEST_CONFIGURE = "request_configure";

    /** {@code "cross_region_csm_config"}. */
    public static final String CROSS_REGION_CSM_CONFIG = "cross_region_csm_config";

    /** Every name of this group, in Streams' order. */
    public static final List<String> ALL = List.of(ACKNOWLEDGE, ACK_TIMEOUT, INIT, API_REQUEST, API_RESPONSE, AUTH_FAIL, ACCESS_DENIED, CLOSE, CONFIGURE, LOG, DOWNLOAD_LOG_FROM_CCP, MASTER_REQUEST, MASTER_RESPONSE, SYNCHRONIZE, TERMINATE, TERMINATED, SEND_LOGS, RELOAD_AGENT_CONFIGURATION, BROADCAST, API_METRIC, CLIENT_METRIC, SOFTPHONE_STATS, SOFTPHONE_REPORT, CLIENT_SIDE_LOGS, SERVER_BOUND_INTERNAL_LOG, MUTE, IFRAME_STYLE, IFRAME_RETRIES_EXHAUSTED, UPDATE_CONNECTED_CCPS, OUTER_CONTEXT_INFO, MEDIA_DEVICE_REQUEST, MEDIA_DEVICE_RESPONSE, TAB_ID, AUTHORIZE_SUCCESS, AUTHORIZE_RETRIES_EXHAUSTED, CTI_AUTHORIZE_RETRIES_EXHAUSTED, CLICK_STREAM_DATA, SET_QUICK_GET_AGENT_SNAPSHOT_FLAG, API_PROXY_REQUEST, API_PROXY_RESPONSE, REQUEST_CONFIGURE, CROSS_REGION_CSM_CONFIG);

    private EventType() {
    }
}
