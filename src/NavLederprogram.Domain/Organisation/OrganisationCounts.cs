using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

/// <summary>An office with the region and municipalities it serves, for scopes.</summary>
/// <summary>How many regions, municipalities, offices and people a scope covers.</summary>
[ModuleContract]
public sealed record OrganisationCounts(int Regions, int Municipalities, int Offices, int People);
