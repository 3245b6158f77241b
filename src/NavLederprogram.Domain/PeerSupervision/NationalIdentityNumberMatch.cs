namespace NavLederprogram.PeerSupervision;

/// <summary>Where a national identity number stands in a text. The number itself is not kept, so it is never logged or echoed.</summary>
public sealed record NationalIdentityNumberMatch(int Index, int Length, NationalIdentityNumberKind Kind);
