using Microsoft.AspNetCore.Mvc;
using NavLederprogram.Organisation;
using NavLederprogram.Paging;

namespace NavLederprogram.Competence;

/// <summary>The query-string filters of every gap report.</summary>
public sealed class GapParameters
{
    [FromQuery(Name = "regionId")] public Guid? RegionId { get; set; }
    [FromQuery(Name = "officeId")] public Guid? OfficeId { get; set; }
    [FromQuery(Name = "jobRoleId")] public Guid? JobRoleId { get; set; }
    [FromQuery(Name = "competenceAreaId")] public Guid? CompetenceAreaId { get; set; }
    [FromQuery(Name = "includeRecommended")] public bool? IncludeRecommended { get; set; }

    public GapQuery ToQuery() => new()
    {
        RegionId = RegionId,
        OfficeId = OfficeId,
        JobRoleId = JobRoleId,
        CompetenceAreaId = CompetenceAreaId,
        IncludeRecommended = IncludeRecommended ?? false,
    };

    public GapPeopleQuery ToPeopleQuery(PagedQueryParameters paging, CompetenceStatus? status) => paging.ToQuery(new GapPeopleQuery
    {
        RegionId = RegionId,
        OfficeId = OfficeId,
        JobRoleId = JobRoleId,
        CompetenceAreaId = CompetenceAreaId,
        IncludeRecommended = IncludeRecommended ?? false,
        Status = status,
    });
}
