package com.claimstream.client;

import java.util.List;

/**
 * One page of the client list.
 */
public record ClientPage(List<ClientSummary> items, int page, int size, long totalItems, long totalPages) {

}
