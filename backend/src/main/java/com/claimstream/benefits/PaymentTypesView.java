package com.claimstream.benefits;

import java.util.List;

/**
 * A client's payment type and every type with whether it is available and why not.
 */
public record PaymentTypesView(String current, List<PaymentTypeOption> options) {

}
