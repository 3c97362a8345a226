package com.claimstream.common;

import java.math.BigDecimal;

/**
 * A percentage in basis points (1% = 100), from 0% to 100%, and the one rounding rule of
 * every percentage of money (ARCHITECTURE §6, PRODUCT §10): half-up to the cent.
 *
 * @param basisPoints hundredths of a percent, 0 to 10,000
 */
public record Percent(int basisPoints) {

	private static final int WHOLE = 10_000;

	public Percent {
		if (basisPoints < 0 || basisPoints > WHOLE) {
			throw new IllegalArgumentException("A percentage is between 0 and 100: " + basisPoints + " bp");
		}
	}

	public static Percent percent(int wholePercent) {
		return new Percent(Math.multiplyExact(wholePercent, 100));
	}

	/** From a percentage such as {@code 20} or {@code 12.5} (at most two decimals). */
	public static Percent percent(BigDecimal percent) {
		return new Percent(percent.movePointRight(2).intValueExact());
	}

	/** The percentage as a number of percent, such as {@code 20} or {@code 12.5}. */
	public BigDecimal value() {
		BigDecimal percent = BigDecimal.valueOf(this.basisPoints, 2).stripTrailingZeros();
		return (percent.scale() < 0) ? percent.setScale(0) : percent;
	}

	/** 100% minus this percentage. */
	public Percent complement() {
		return new Percent(WHOLE - this.basisPoints);
	}

	/** This percentage of a non-negative amount of cents, rounded half-up to the cent. */
	public long of(long cents) {
		if (cents < 0) {
			throw new IllegalArgumentException("A percentage is taken of a non-negative amount: " + cents);
		}
		long scaled = Math.multiplyExact(cents, (long) this.basisPoints);
		return Math.addExact(scaled, WHOLE / 2) / WHOLE;
	}

	@Override
	public String toString() {
		return this.value().toPlainString() + "%";
	}

}
