namespace NavLederprogram.PeerSupervision;

/// <summary>Which kind of national identity number was found.</summary>
public enum NationalIdentityNumberKind
{
    BirthNumber,
    DNumber,
    HNumber,
    Synthetic,
}
