using Microsoft.EntityFrameworkCore;

namespace NavLederprogram.EntityFrameworkCore.Organisation;

[ModuleContract]
public sealed class OfficeRow
{
    public Guid Id { get; init; }
    public string Name { get; init; } = "";
    public Guid RegionId { get; init; }
}
