using NavLederprogram.Paging;

namespace NavLederprogram.Organisation;

public sealed record NamedReference(Guid Id, string Name);
