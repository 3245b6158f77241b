using NavLederprogram.Data;

namespace NavLederprogram.Organisation;

/// <summary>Seeds the job-role catalogue always, and a realistic demo organisation when the database has none.</summary>
public sealed class OrganisationDataSeedContributor(
    IRegionRepository regions,
    IMunicipalityRepository municipalities,
    IOfficeRepository offices,
    IPersonRepository people,
    IJobRoleRepository jobRoles,
    IUnitOfWork unitOfWork) : IDataSeedContributor
{
    public const int PeoplePerOfficeBase = 6;

    public int Order => 20;

    public async Task SeedAsync(CancellationToken ct)
    {
        var roles = (await jobRoles.GetAllAsync(ct)).ToList();
        for (var i = 0; i < OrganisationDemoData.JobRoles.Length; i++)
        {
            var (code, isLeader) = OrganisationDemoData.JobRoles[i];
            if (roles.Any(r => r.Code == code)) continue;
            var role = new JobRole(Guid.CreateVersion7(), code, isLeader, i);
            await jobRoles.InsertAsync(role, ct);
            roles.Add(role);
        }
        await unitOfWork.SaveChangesAsync(ct);

        if ((await regions.GetAllAsync(ct)).Count > 0) return;

        var municipalityIdsByNumber = new Dictionary<string, Guid>();
        var regionIdByMunicipality = new Dictionary<string, Guid>();
        foreach (var (code, name, list) in OrganisationDemoData.Regions)
        {
            var region = new Region(Guid.CreateVersion7(), name, code);
            await regions.InsertAsync(region, ct);
            foreach (var (number, municipalityName) in list)
            {
                var municipality = new Municipality(Guid.CreateVersion7(), municipalityName, number, region.Id);
                await municipalities.InsertAsync(municipality, ct);
                municipalityIdsByNumber[number] = municipality.Id;
                regionIdByMunicipality[number] = region.Id;
            }
        }

        var roleId = roles.ToDictionary(r => r.Code, r => r.Id);
        var personNumber = 10001;
        foreach (var (name, model, size, numbers) in OrganisationDemoData.Offices)
        {
            var office = new Office(Guid.CreateVersion7(), name, regionIdByMunicipality[numbers[0]], model, size,
                numbers.Select(n => municipalityIdsByNumber[n]));
            await offices.InsertAsync(office, ct);

            // Larger offices get more registered people; every office gets its leader(s) first.
            var count = PeoplePerOfficeBase + size / 10;
            for (var i = 0; i < count; i++, personNumber++)
            {
                var first = OrganisationDemoData.FirstNames[personNumber * 7 % OrganisationDemoData.FirstNames.Length];
                var last = OrganisationDemoData.LastNames[personNumber * 13 % OrganisationDemoData.LastNames.Length];
                var jobRole = i switch
                {
                    0 => "OfficeLeader",
                    1 when model == LeadershipModel.DualLeader => "OfficeLeader",
                    1 or 2 => "TeamLeader",
                    3 => "PeerSupervisor",
                    4 => "ReceptionAdvisor",
                    5 => "EmployerContact",
                    _ => "Advisor",
                };
                var employer = (i == 1 && model == LeadershipModel.DualLeader) || personNumber % 3 == 0 ? Employer.Municipality : Employer.State;
                if (i == 0 && model == LeadershipModel.DualLeader) employer = Employer.State;
                var person = new Person(Guid.CreateVersion7(), $"E{personNumber}", first, last,
                    $"{Ascii(first)}.{Ascii(last)}.{personNumber}@nav.no".ToLowerInvariant(), employer, office.Id);
                person.SetJobRoles([(roleId[jobRole], new DateOnly(2015 + personNumber % 10, 1 + personNumber % 12, 1))]);
                await people.InsertAsync(person, ct);
            }
        }
        await unitOfWork.SaveChangesAsync(ct);
    }

    private static string Ascii(string s) => s.Replace("æ", "ae").Replace("ø", "o").Replace("å", "a").Replace("Æ", "Ae").Replace("Ø", "O").Replace("Å", "A");
}
