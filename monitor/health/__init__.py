"""Source health beyond one fetch: staleness (content unchanged for too long) and the probe behind
``regwatch sources test`` (what a source yields now, stored nowhere)."""
