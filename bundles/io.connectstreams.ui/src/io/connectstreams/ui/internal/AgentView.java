/*
 * Copyright (c) 2026 Connect Streams for Eclipse RCP contributors
 *
 * This program and the accompanying materials are made available under the
 * terms of the Eclipse Public License 2.0 which is available at
 * https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package io.connectstreams.ui.internal;

import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.core.runtime.Platform;
import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.core.di.extensions.Preference;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.Focus;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import io.connectstreams.api.Agent;
import io.connectstreams.api.Contact;
import io.connectstreams.api.Credentials;
import io.connectstreams.api.Streams;
import io.connectstreams.api.StreamsException;
import io.connectstreams.api.calllog.CallLog;
import io.connectstreams.api.config.ConfigurationException;
import io.connectstreams.api.config.StreamsConfiguration;
import io.connectstreams.api.event.ConnectionStatus;
import io.connectstreams.api.event.ConnectionStatusChange;
import io.connectstreams.api.event.EventTopics;
import io.connectstreams.api.event.MuteToggle;
import io.connectstreams.api.model.AgentSnapshot;
import io.connectstreams.api.model.AgentState;
import io.connectstreams.api.model.ContactSnapshot;
import io.connectstreams.api.names.ContactNames;
import io.connectstreams.api.phone.NumberRefusedException;
import io.connectstreams.api.ringtone.RingtoneService;
import io.connectstreams.api.softphone.Softphone;
import io.connectstreams.api.softphone.SoftphoneStats;
import io.connectstreams.api.wrapup.DispositionCode;
import io.connectstreams.api.wrapup.DispositionCodes;
import io.connectstreams.api.wrapup.WrapUp;
import io.connectstreams.ui.AgentPreferences;
import io.connectstreams.ui.WidgetIds;
import io.connectstreams.session.AgentSignIn;
import io.connectstreams.session.SessionPreferences;
import io.connectstreams.ui.internal.notify.IncomingContactNotifier;
import io.connectstreams.ui.internal.prefs.PreferredDispositionCodes;
import io.connectstreams.ui.internal.session.BrowserSignInDialog;
import io.connectstreams.ui.internal.session.Jobs;
import io.connectstreams.ui.internal.view.ActionRunner;
import io.connectstreams.ui.internal.view.AudioBar;
import io.connectstreams.ui.internal.view.CallLogSection;
import io.connectstreams.ui.internal.view.CallQuality;
import io.connectstreams.ui.internal.view.ContactTexts;
import io.connectstreams.ui.internal.view.ContactsSection;
import io.connectstreams.ui.internal.view.DialSection;
import io.connectstreams.ui.internal.view.MessageLine;
import io.connectstreams.ui.internal.view.MissedBanner;
import io.connectstreams.ui.internal.view.Scrolling;
import io.connectstreams.ui.internal.view.SessionBar;
import io.connectstreams.ui.internal.view.StateBar;
import io.connectstreams.ui.internal.view.ViewResources;
import io.connectstreams.ui.internal.view.WrapUpForm;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;

/**
 * The agent view, an e4 POJO part (also the 3.x view {@code io.connectstreams.ui.agentView}): sign-in, the agent's
 * name, link status, state and time in state, local mute and server-side mute, call quality, the current contacts
 * with their actions, desktop notifications of offered contacts, and the call log.
 * <p>
 * Services come by injection ({@code @Service}, tracked: the view follows them as they come and go, and works with
 * any of them missing). Every Streams event reaches the view through the event bus's EventAdmin bridge as
 * {@code @UIEventTopic} methods ({@code EventTopics}), on the UI thread; the view then renders everything from one
 * immutable {@code AgentSnapshot} (one {@code toSnapshot()} per refresh, never a series of calls into live handles
 * that a new snapshot could change halfway), so events may be coalesced or arrive late without harm. Actions go to
 * the live handles. The call log's changes come through {@code CallLog.onChange} and
 * are marshalled to the UI thread. The UI thread never waits: actions run on {@link ActionRunner}'s thread,
 * sign-in and queries as jobs.
 */
public class AgentView {

    private static final int TICK_MILLIS = 1000;

    @Inject
    @Service
    private LoggerFactory loggers;

    private volatile Streams streams;
    private volatile AgentSignIn signIn;
    private volatile CallLog callLog;
    private volatile Softphone softphone;
    private volatile RingtoneService ringtones;
    private volatile ContactNames names;
    private volatile DispositionCodes dispositionCodes;
    private volatile List<DispositionCode> preferredCodes = List.of();
    private volatile boolean notificationsEnabled = true;
    private volatile Duration ringTimeout = Duration.ofSeconds(AgentPreferences.DEFAULT_RING_TIMEOUT_SECONDS);

    private Logger logger;
    private Display display;
    private Composite root;
    private SessionBar sessionBar;
    private MessageLine messages;
    private StateBar stateBar;
    private AudioBar audioBar;
    private ContactsSection contacts;
    private DialSection dial;
    private MissedBanner missed;
    private Scrolling scrolling;
    /** Whether the agent was told that no ringer device exists (once per view). */
    private boolean noRingerTold;
    private CallLogSection callLogSection;
    private ActionRunner actions;
    private IncomingContactNotifier notifier;
    private final Map<String, CallQuality> quality = new HashMap<>();
    /** The contacts whose party's name was asked of {@link ContactNames} (asked once each). */
    private final Set<String> namesAsked = new HashSet<>();
    private final Runnable tick = this::tick;
    /** The snapshot the view shows; the clock ticks on it until the next refresh. */
    private AgentSnapshot shown;
    private boolean busy;
    private boolean storedSession;
    /**
     * Checks run as concurrent jobs, so only the latest one's answer counts: an older one may have looked before
     * sign-out emptied the store.
     */
    private int storedSessionCheck;

    /**
     * @param parent the part's composite
     */
    @PostConstruct
    public void createControls(Composite parent) {
        logger = loggers.getLogger(AgentView.class);
        display = parent.getDisplay();
        ContactTexts.prepareNumbers();
        root = parent;
        parent.setLayout(new FillLayout());
        ViewResources resources = new ViewResources(parent);
        SashForm sash = new SashForm(parent, SWT.VERTICAL);
        // the panel scrolls rather than clip when the host gives the part little room
        ScrolledComposite scroller = new ScrolledComposite(sash, SWT.V_SCROLL | SWT.H_SCROLL);
        scroller.setData(WidgetIds.KEY, WidgetIds.PANEL);
        scroller.setExpandHorizontal(true);
        scroller.setExpandVertical(true);
        Composite top = new Composite(scroller, SWT.NONE);
        top.setLayout(new GridLayout(1, false));
        scroller.setContent(top);
        sessionBar = new SessionBar(top, this::signInWithBrowser, this::signInWithStoredSession, this::signOut);
        messages = new MessageLine(top, resources);
        actions = new ActionRunner(parent, messages, logger);
        stateBar = new StateBar(top, resources, this::changeState);
        missed = new MissedBanner(top, resources,
                contact -> partyName(contact.contactId()).orElse(ContactTexts.number(contact).isEmpty()
                        ? ContactTexts.caller(contact) : ContactTexts.number(contact)),
                this::changeState);
        contacts = new ContactsSection(top, resources, actions, this::currentAgent, this::partyName,
                () -> ringTimeout, () -> scrolling.fit());
        audioBar = new AudioBar(contacts.card(), resources, this::mute);
        contacts.placeBelowActions(audioBar.control());
        contacts.attachWrapUp(new WrapUpForm(contacts.card(), this::dispositionCodes, this::saveWrapUp));
        dial = new DialSection(top, messages, this::dial);
        scrolling = Scrolling.follow(scroller, top);
        callLogSection = new CallLogSection(sash, actions);
        sash.setWeights(3, 2);
        scrolling.growIn(sash);
        notifier = new IncomingContactNotifier(display, actions, logger,
                this::partyName, () -> ringTimeout);
        notifier.setEnabled(notificationsEnabled);
        callLogSection.setCallLog(callLog);
        render();
        checkStoredSession();
        display.timerExec(TICK_MILLIS, tick);
    }

    // the host's code runs on the UI thread here: a failure must not break the card
    private List<DispositionCode> dispositionCodes(ContactSnapshot contact) {
        DispositionCodes host = dispositionCodes;
        if (host == null) {
            return preferredCodes;
        }
        try {
            List<DispositionCode> codes = host.codesFor(contact);
            return codes == null ? List.of() : codes;
        } catch (RuntimeException e) {
            logger.warn("the host's disposition codes failed for contact {}", contact.contactId(), e); //$NON-NLS-1$
            return List.of();
        }
    }

    private void saveWrapUp(String contactId, WrapUp wrapUp) {
        CallLog log = callLog;
        if (log != null) {
            log.saveWrapUp(contactId, wrapUp);
        }
    }

    /** Gives the focus to the view's first control that takes it (Sign in, or Sign out while signed in). */
    @Focus
    public void setFocus() {
        root.setFocus();
    }

    /** Stops the clock, closes notifications and the action thread, and stops following the call log. */
    @PreDestroy
    public void dispose() {
        if (display == null) {
            return;
        }
        // the part's controls are already disposed here: only the display may be used
        if (!display.isDisposed()) {
            display.timerExec(-1, tick);
        }
        notifier.dispose();
        callLogSection.dispose();
        actions.close();
    }

    /**
     * @param value the Streams service, {@code null} while there is none
     */
    @Inject
    public void setStreams(@Optional @Service Streams value) {
        streams = value;
        later(this::render);
    }

    /**
     * @param value the sign-in service, {@code null} while there is none
     */
    @Inject
    public void setSignIn(@Optional @Service AgentSignIn value) {
        signIn = value;
        later(() -> {
            render();
            checkStoredSession();
        });
    }

    /**
     * @param value the call log, {@code null} while there is none
     */
    @Inject
    public void setCallLog(@Optional @Service CallLog value) {
        callLog = value;
        later(() -> callLogSection.setCallLog(callLog));
    }

    /**
     * @param value the softphone, {@code null} while there is none
     */
    @Inject
    public void setSoftphone(@Optional @Service Softphone value) {
        softphone = value;
        later(this::render);
    }

    /**
     * @param value the ringtone service, {@code null} while there is none
     */
    @Inject
    public void setRingtones(@Optional @Service RingtoneService value) {
        ringtones = value;
        later(this::render);
    }

    /**
     * @param value the names of contacts' parties (the host's directory), {@code null} while there is none
     */
    @Inject
    public void setContactNames(@Optional @Service ContactNames value) {
        names = value;
        later(() -> {
            namesAsked.clear();
            render();
        });
    }

    /**
     * @param value the host's disposition codes for the wrap-up form, {@code null} while there are none
     */
    @Inject
    public void setDispositionCodes(@Optional @Service DispositionCodes value) {
        dispositionCodes = value;
    }

    /**
     * @param value the preference's disposition codes, used while the host registers no service
     */
    @Inject
    public void setPreferredDispositionCodes(@Optional @Preference(nodePath = AgentPreferences.NODE,
            value = AgentPreferences.DISPOSITION_CODES) String value) {
        PreferredDispositionCodes parsed = PreferredDispositionCodes.parse(value);
        if (!parsed.refused().isEmpty()) {
            // a wrong entry is no reason to lose the others: it is named in the log and left out
            loggers.getLogger(AgentView.class).warn("the preference {}/{} has entries that are not disposition" //$NON-NLS-1$
                    + " codes (blank, over {} characters or repeated): {}", AgentPreferences.NODE, //$NON-NLS-1$
                    AgentPreferences.DISPOSITION_CODES, DispositionCode.MAX_CODE_LENGTH, parsed.refused());
        }
        preferredCodes = parsed.codes();
    }

    /**
     * @param enabled the notification preference
     */
    @Inject
    public void setNotificationsEnabled(
            @Preference(nodePath = AgentPreferences.NODE, value = AgentPreferences.NOTIFICATIONS) boolean enabled) {
        notificationsEnabled = enabled;
        later(() -> notifier.setEnabled(notificationsEnabled));
    }

    /**
     * @param seconds the ring time of the panel's countdown, {@code 0} for the default
     */
    @Inject
    public void setRingTimeout(@Optional @Preference(nodePath = AgentPreferences.NODE,
            value = AgentPreferences.RING_TIMEOUT_SECONDS) String seconds) {
        int value = 0;
        try {
            value = seconds == null ? 0 : Integer.parseInt(seconds.strip());
        } catch (NumberFormatException e) {
            value = 0; // a wrong preference is no reason to fail: the default applies
        }
        ringTimeout = Duration.ofSeconds(value > 0 ? value : AgentPreferences.DEFAULT_RING_TIMEOUT_SECONDS);
        later(this::render);
    }

    /**
     * @param change the new link status
     */
    @Inject
    @Optional
    public void onConnectionStatus(@UIEventTopic(EventTopics.CONNECTION_STATUS) ConnectionStatusChange change) {
        if (!ready()) {
            return;
        }
        if (change.newStatus() == ConnectionStatus.SIGNED_OUT) {
            quality.clear();
            audioBar.setMuted(false);
            // the view's own sign-in and sign-out report themselves; say why when the session ended on its own
            if (!busy && change.reason() != null && !change.reason().isBlank()) {
                messages.info(Messages.SessionBar_signIn, NLS.bind(Messages.View_signedOutBecause, change.reason()));
            }
            checkStoredSession();
        } else if (change.newStatus() == ConnectionStatus.CONNECTED) {
            // signed in again: why the last session ended, or why signing in failed, is old news
            messages.succeeded(Messages.SessionBar_signIn);
        }
        render();
    }

    /**
     * @param agent the agent, after every snapshot
     */
    @Inject
    @Optional
    public void onAgentRefresh(@UIEventTopic(EventTopics.AGENT_REFRESH) Agent agent) {
        render();
    }

    /**
     * @param toggle the local mute, whoever changed it
     */
    @Inject
    @Optional
    public void onMuteToggle(@UIEventTopic(EventTopics.AGENT_MUTE_TOGGLE) MuteToggle toggle) {
        if (ready()) {
            audioBar.setMuted(toggle.muted());
            scrolling.fit();
        }
    }

    /**
     * @param contact an inbound call just offered
     */
    @Inject
    @Optional
    public void onContactConnecting(@UIEventTopic(EventTopics.CONTACT_CONNECTING) Contact contact) {
        offered(contact);
    }

    /**
     * @param contact a queue callback just offered
     */
    @Inject
    @Optional
    public void onContactIncoming(@UIEventTopic(EventTopics.CONTACT_INCOMING) Contact contact) {
        offered(contact);
    }

    /**
     * @param refusal the dial command refused a number (click-to-dial from another part)
     */
    @Inject
    @Optional
    public void onDialRefused(@UIEventTopic(EventTopics.DIAL_REFUSED) NumberRefusedException refusal) {
        if (ready()) {
            dial.refused(refusal);
        }
    }

    /**
     * @param stats a batch of softphone statistics (Streams' 30 s batch)
     */
    @Inject
    @Optional
    public void onSoftphoneStats(@UIEventTopic(EventTopics.SOFTPHONE_STATS) SoftphoneStats stats) {
        showQuality(stats);
    }

    /**
     * @param second the statistics of the last second of a talking call
     */
    @Inject
    @Optional
    public void onSoftphoneLiveStats(@UIEventTopic(EventTopics.SOFTPHONE_LIVE_STATS) SoftphoneStats second) {
        showQuality(second);
    }

    private void showQuality(SoftphoneStats stats) {
        CallQuality figures = CallQuality.of(stats);
        if (ready() && figures != null && stats.contactId() != null) {
            quality.put(stats.contactId(), figures);
            render();
        }
    }

    /**
     * Replaces the file dialog of the call log's CSV export.
     *
     * @param chooser gives the file to write, {@code null} to cancel
     */
    public void setExportFileChooser(Function<Shell, String> chooser) {
        callLogSection.setFileChooser(chooser);
    }

    private void offered(Contact contact) {
        if (ready()) {
            askName(contact.toSnapshot());
        }
        if (ready() && notificationsEnabled) {
            notifier.offer(contact);
        }
    }

    private void render() {
        if (!ready()) {
            return;
        }
        Streams service = streams;
        ConnectionStatus status = service == null ? ConnectionStatus.SIGNED_OUT : service.connectionStatus();
        AgentSnapshot agent = null;
        try {
            agent = currentAgent().map(Agent::toSnapshot).orElse(null);
        } catch (StreamsException e) {
            agent = null; // terminated meanwhile: signed out
        }
        // everything below renders this one immutable snapshot
        shown = agent;
        sessionBar.update(new SessionBar.State(status, agent == null ? null : agent.configuration().name(),
                signIn != null, storedSession, busy));
        stateBar.update(agent);
        missed.update(agent);
        contacts.update(agent);
        dial.update(agent);
        Set<String> ids = new HashSet<>();
        Map<String, ContactSnapshot> offered = new HashMap<>();
        ContactSnapshot connected = null;
        for (ContactSnapshot contact : agent == null ? List.<ContactSnapshot>of() : agent.contacts()) {
            ids.add(contact.contactId());
            askName(contact);
            if (ContactStates.isOfferedCall(contact)) {
                offered.put(contact.contactId(), contact);
            }
            if (connected == null && ContactStates.isConnectedVoice(contact)) {
                connected = contact;
            }
        }
        quality.keySet().retainAll(ids);
        namesAsked.retainAll(ids);
        notifier.retain(offered);
        audioBar.update(new AudioBar.State(connected != null,
                connected == null ? null : connected.agentConnection().orElse(null),
                connected == null ? null : quality.get(connected.contactId()), mediaNote(agent)));
        scrolling.fit();
    }

    // once per contact; the answer comes later (from the host's directory) and renders the view again
    private void askName(ContactSnapshot contact) {
        ContactNames directory = names;
        if (directory == null || !namesAsked.add(contact.contactId())) {
            return;
        }
        directory.displayName(contact).thenAccept(name -> {
            if (name.isPresent()) {
                later(this::render);
            }
        });
    }

    private java.util.Optional<String> partyName(String contactId) {
        ContactNames directory = names;
        return directory == null ? java.util.Optional.empty() : directory.cachedName(contactId);
    }

    private String mediaNote(AgentSnapshot agent) {
        if (agent == null || !agent.configuration().softphoneEnabled()) {
            return null;
        }
        if (softphone == null) {
            return Messages.View_noSoftphone;
        }
        RingtoneService ringer = ringtones;
        if (ringer != null && !ringer.isAvailable() && !noRingerTold) {
            // said once, dismissible: the preference page's ringer list says it for good
            noRingerTold = true;
            messages.info(Messages.View_noRinger);
        }
        return null;
    }

    private void changeState(AgentState state) {
        currentAgent().ifPresentOrElse(agent -> actions.run(Messages.StateBar_change, () -> agent.setState(state),
                failure -> {
                    if (failure != null) {
                        stateBar.changeFailed();
                    }
                }), stateBar::changeFailed);
    }

    private void tick() {
        if (!ready()) {
            return;
        }
        stateBar.tick(shown);
        contacts.tick();
        display.timerExec(TICK_MILLIS, tick);
    }

    private void dial(String number, String queueArn) {
        currentAgent().ifPresent(agent -> actions.run(Messages.Dial_call, () -> Dialing.dial(agent, number, queueArn)));
    }

    private void mute(boolean mute) {
        currentAgent().ifPresent(agent -> actions.runNow(mute ? Messages.AudioBar_mute : Messages.AudioBar_unmute,
                mute ? agent::mute : agent::unmute));
    }

    private java.util.Optional<Agent> currentAgent() {
        Streams service = streams;
        return service == null ? java.util.Optional.empty() : service.currentAgent();
    }

    private void signInWithBrowser() {
        AgentSignIn service = signIn;
        if (service == null) {
            return;
        }
        String cookieName = Platform.getPreferencesService().getString(SessionPreferences.NODE,
                SessionPreferences.SESSION_COOKIE_NAME, SessionPreferences.DEFAULT_SESSION_COOKIE_NAME, null);
        setBusy(true);
        Jobs.run(Messages.SignIn_prepareJob, monitor -> service.configuration())
                .whenComplete((configuration, failure) -> actions.ui(() -> {
                    setBusy(false);
                    if (failure != null) {
                        reportSignInFailure(ActionRunner.unwrap(failure));
                        return;
                    }
                    new BrowserSignInDialog(root.getShell(), configuration.loginUrl(), configuration.instanceUrl(),
                            cookieName, configuration.sslContext(), logger,
                            cookie -> signIn(service, configuration, cookie)).open();
                }));
    }

    private void signIn(AgentSignIn service, StreamsConfiguration configuration, Credentials credentials) {
        setBusy(true);
        service.signIn(configuration, credentials, true).whenComplete((agent, failure) -> signInDone(failure));
    }

    private void signInWithStoredSession() {
        AgentSignIn service = signIn;
        if (service != null) {
            setBusy(true);
            service.signInWithStoredSession().whenComplete((agent, failure) -> signInDone(failure));
        }
    }

    private void signInDone(Throwable failure) {
        actions.ui(() -> {
            setBusy(false);
            if (failure != null) {
                reportSignInFailure(ActionRunner.unwrap(failure));
            }
            checkStoredSession();
        });
    }

    private void reportSignInFailure(Throwable failure) {
        String reason = failure instanceof ConfigurationException invalid ? ConfigurationMessages.describe(invalid)
                : ActionRunner.describe(failure);
        actions.report(Messages.SessionBar_signIn, new IllegalStateException(reason, failure));
    }

    private void signOut() {
        AgentSignIn service = signIn;
        Streams current = streams;
        setBusy(true);
        if (service != null) {
            service.signOut().whenComplete((done, failure) -> signInDone(failure));
        } else if (current != null) {
            current.logout().whenComplete((done, failure) -> signInDone(failure));
        } else {
            setBusy(false);
        }
    }

    private void checkStoredSession() {
        AgentSignIn service = signIn;
        if (service == null) {
            storedSession = false;
            return;
        }
        int check = ++storedSessionCheck;
        service.hasStoredSession().whenComplete((stored, failure) -> actions.ui(() -> {
            if (check != storedSessionCheck) {
                return;
            }
            storedSession = stored != null && stored;
            render();
        }));
    }

    private void setBusy(boolean value) {
        busy = value;
        render();
    }

    private boolean ready() {
        return root != null && !root.isDisposed();
    }

    private void later(Runnable task) {
        if (root != null && actions != null) {
            actions.ui(task);
        }
    }
}
