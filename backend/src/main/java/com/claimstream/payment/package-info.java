/**
 * Payments: the card processor port ({@link com.claimstream.payment.CardProcessor}, whose
 * adapter today is the sandbox in {@code cardsandbox}) and the clients' payment methods
 * (PRODUCT §14). Claimstream only ever holds the processor's card token with the brand,
 * last four digits, expiry and funding: full card numbers go from the browser to the
 * processor's own tokenize endpoint and never reach this package. Owns the
 * {@code payment_method} table.
 */
@NullMarked
package com.claimstream.payment;

import org.jspecify.annotations.NullMarked;
