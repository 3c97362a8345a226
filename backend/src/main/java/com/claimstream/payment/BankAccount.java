package com.claimstream.payment;

/** Where a payout goes: a US account by ABA routing number and account number. */
public record BankAccount(String routingNumber, String accountNumber) {

	@Override
	public String toString() {
		return "BankAccount[" + this.routingNumber + ", ****" + last4() + "]";
	}

	public String last4() {
		return this.accountNumber.substring(Math.max(0, this.accountNumber.length() - 4));
	}

}
