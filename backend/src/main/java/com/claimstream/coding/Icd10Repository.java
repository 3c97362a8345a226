package com.claimstream.coding;

import java.util.Collection;
import java.util.List;

import io.r2dbc.spi.Readable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code icd10_code} table: the three kinds of search and the order-file import.
 */
@Repository
class Icd10Repository {

	private static final String COLUMNS = "code, billable, short_description, long_description, retired";

	static final int WORD_CANDIDATES = 1000;

	private final DatabaseClient database;

	Icd10Repository(DatabaseClient database) {
		this.database = database;
	}

	Flux<Icd10Code> find(Collection<String> codes) {
		return this.database.sql("select " + COLUMNS + " from icd10_code where code = any(:codes)")
			.bind("codes", codes.toArray(String[]::new))
			.map(Icd10Repository::code)
			.all();
	}

	/**
	 * Current codes starting with {@code prefix} (itself first), in code order: a
	 * category is followed by the codes under it, as in the tabular list. Read along the
	 * primary key, so a one-letter prefix costs no more than a full one.
	 */
	Flux<Icd10Code> byPrefix(String prefix, int limit) {
		return this.database.sql("select " + COLUMNS + """
				 from icd10_code where code like :prefix and not retired order by code limit :limit
				""").bind("prefix", prefix + "%").bind("limit", limit).map(Icd10Repository::code).all();
	}

	/**
	 * Current codes whose long description has every word (each word a prefix, as typed):
	 * the mental-health codes a therapy practice bills first (chapter F, R45, Z63, Z65,
	 * Z69, Z71), then the best match, billable codes before categories. A prefix found in
	 * more than {@value #WORD_CANDIDATES} codes ({@code fra}) ranks the first ones found
	 * (the shipped codes are stored first): typing on narrows it, and no query sorts
	 * thousands of rows.
	 */
	Flux<Icd10Code> byWords(List<String> words, int limit) {
		String query = String.join(" & ", words.stream().map((word) -> word + ":*").toList());
		return this.database.sql("select " + COLUMNS + """
				 from (select * from icd10_code where search_words @@ to_tsquery('english', :query) and not retired
				  limit :candidates) found, to_tsquery('english', :query) query
				order by code ~ '^(F|R45|Z6[359]|Z71)' desc, ts_rank_cd(search_words, query) desc, billable desc,
				  length(long_description), code
				limit :limit
				""")
			.bind("query", query)
			.bind("candidates", WORD_CANDIDATES)
			.bind("limit", limit)
			.map(Icd10Repository::code)
			.all();
	}

	/**
	 * Writes one batch of an order file of fiscal year {@code release}: new codes are
	 * added, and codes whose data came from an older or the same release take the file's
	 * (a newer release's data is left alone). Answers how many were added and how many
	 * changed (billable flag, a description, or back from retirement).
	 */
	Mono<ImportCounts> upsert(List<Icd10Code> batch, int release) {
		return this.database
			.sql("""
					with incoming as (
					  select * from unnest(cast(:codes as text[]), cast(:billable as boolean[]), cast(:shorts as text[]),
					    cast(:longs as text[])) as i(code, billable, short_description, long_description)
					), compared as (
					  select incoming.*, known.code is null as added,
					    known.code is not null and known.last_seen <= :release
					      and (known.billable, known.short_description, known.long_description, known.retired)
					        is distinct from (incoming.billable, incoming.short_description, incoming.long_description, false)
					      as changed,
					    known.code is not null and known.last_seen < :release as older
					  from incoming left join icd10_code known on known.code = incoming.code
					), written as (
					  insert into icd10_code (code, billable, short_description, long_description, first_seen, last_seen)
					  select code, billable, short_description, long_description, :release, :release from compared
					  where added or changed or older
					  on conflict (code) do update set billable = excluded.billable,
					    short_description = excluded.short_description, long_description = excluded.long_description,
					    retired = false, last_seen = excluded.last_seen
					)
					select count(*) filter (where added) as added, count(*) filter (where changed) as changed from compared
					""")
			.bind("codes", batch.stream().map(Icd10Code::code).toArray(String[]::new))
			.bind("billable", batch.stream().map(Icd10Code::billable).toArray(Boolean[]::new))
			.bind("shorts", batch.stream().map(Icd10Code::shortDescription).toArray(String[]::new))
			.bind("longs", batch.stream().map(Icd10Code::longDescription).toArray(String[]::new))
			.bind("release", release)
			.map((row) -> new ImportCounts(row.get("added", Long.class), row.get("changed", Long.class), 0))
			.one();
	}

	/**
	 * Retires the codes an import of {@code release} did not see (their data is from an
	 * older release), and answers how many.
	 */
	Mono<Long> retireUnseen(int release) {
		return this.database.sql("update icd10_code set retired = true where not retired and last_seen < :release")
			.bind("release", release)
			.fetch()
			.rowsUpdated();
	}

	static Icd10Code code(Readable row) {
		return new Icd10Code(row.get("code", String.class), Boolean.TRUE.equals(row.get("billable", Boolean.class)),
				row.get("short_description", String.class), row.get("long_description", String.class),
				Boolean.TRUE.equals(row.get("retired", Boolean.class)));
	}

}
