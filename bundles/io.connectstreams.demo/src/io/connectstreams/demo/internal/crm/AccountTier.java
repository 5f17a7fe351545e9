package io.connectstreams.demo.internal.crm;

/**
 * A customer's account tier, best first; the view shows it translated.
 */
public enum AccountTier {
    /** The largest accounts. */
    PLATINUM,
    /** Key accounts. */
    GOLD,
    /** Regular accounts. */
    SILVER,
    /** Small accounts. */
    BRONZE
}
