package org.crmir.figures.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.crmir.communication.Channel;
import org.crmir.figures.ActivityFigures;
import org.crmir.shared.web.CurrentUser;

/**
 * The dashboard's activity: this week's interactions by channel, failed messages and, for finance and
 * administrators, gateway events that failed or were rejected.
 */
@Named
@RequestScoped
public class ActivityTiles {

    @EJB
    ActivityFigures figures;

    @Inject
    DashboardScope scope;

    @Inject
    CurrentUser currentUser;

    private ActivityFigures.Week thisWeek;
    private Long failedMessages;
    private List<ActivityFigures.GatewayTrouble> gatewayTrouble;

    public ActivityFigures.Week getThisWeek() {
        if (thisWeek == null) {
            thisWeek = figures.thisWeek(scope.scope());
        }
        return thisWeek;
    }

    /** Every channel, in their order, so that a quiet channel shows 0 rather than nothing. */
    public Channel[] getChannels() {
        return Channel.values();
    }

    public long getFailedMessages() {
        if (failedMessages == null) {
            failedMessages = figures.failedMessages(scope.scope());
        }
        return failedMessages;
    }

    /** Empty for users who do not reconcile payments (the figures are not theirs to see). */
    public List<ActivityFigures.GatewayTrouble> getGatewayTrouble() {
        if (gatewayTrouble == null) {
            gatewayTrouble = currentUser.isFinance() ? figures.gatewayTrouble() : List.of();
        }
        return gatewayTrouble;
    }
}
