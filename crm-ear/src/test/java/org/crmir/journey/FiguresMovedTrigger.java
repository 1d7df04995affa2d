package org.crmir.journey;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import org.crmir.figures.FigureSource;
import org.crmir.figures.FiguresMoved;

/**
 * Test-only: a committed transaction that moved figures, as the figures upkeep reports one. Each call is a
 * transaction of its own (a stateless bean's default), so the push relay sees it after its commit.
 */
@Stateless
public class FiguresMovedTrigger {

    @Inject
    Event<FiguresMoved> moved;

    public void commitAChangeThatMovesFigures() {
        moved.fire(new FiguresMoved(FigureSource.INTERACTION));
    }
}
