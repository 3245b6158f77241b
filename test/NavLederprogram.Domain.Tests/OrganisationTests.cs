using NavLederprogram.Organisation;
using Shouldly;
using Xunit;

namespace NavLederprogram.Domain.Tests;

public class OfficeTests
{
    private static readonly Guid Region = Guid.NewGuid();

    [Fact]
    public void An_office_serving_several_municipalities_keeps_each_once()
    {
        var a = Guid.NewGuid(); var b = Guid.NewGuid();
        var office = new Office(Guid.NewGuid(), " NAV Værnes ", Region, LeadershipModel.SingleLeader, 40, [a, b, a]);

        office.Name.ShouldBe("NAV Værnes");
        office.Municipalities.Select(m => m.MunicipalityId).ShouldBe([a, b], ignoreOrder: true);
    }

    [Fact]
    public void Changing_the_partnership_adds_and_removes_municipalities_and_keeps_the_rest()
    {
        var a = Guid.NewGuid(); var b = Guid.NewGuid(); var c = Guid.NewGuid();
        var office = new Office(Guid.NewGuid(), "NAV Drammen", Region, LeadershipModel.SingleLeader, 80, [a, b]);
        var kept = office.Municipalities.Single(m => m.MunicipalityId == a);

        office.SetPartnership(LeadershipModel.DualLeader, 81, [a, c]);

        office.LeadershipModel.ShouldBe(LeadershipModel.DualLeader);
        office.Size.ShouldBe(81);
        office.Municipalities.Select(m => m.MunicipalityId).ShouldBe([a, c], ignoreOrder: true);
        office.Municipalities.ShouldContain(kept);
    }

    [Fact]
    public void An_office_must_serve_at_least_one_municipality()
    {
        var office = new Office(Guid.NewGuid(), "NAV Alta", Region, LeadershipModel.SingleLeader, 18, [Guid.NewGuid()]);

        var error = Should.Throw<BusinessException>(() => office.SetPartnership(LeadershipModel.SingleLeader, 18, []));
        error.Code.ShouldBe(NavLederprogramErrorCodes.OfficeMustServeMunicipality);
        office.Municipalities.Count.ShouldBe(1);
    }
}

public class PersonTests
{
    [Fact]
    public void Setting_job_roles_keeps_a_held_role_and_moves_its_start_date()
    {
        var leader = Guid.NewGuid(); var advisor = Guid.NewGuid(); var team = Guid.NewGuid();
        var person = new Person(Guid.NewGuid(), "E1", "Kari", "Nordmann", "kari@nav.no", Employer.State, Guid.NewGuid());
        person.SetJobRoles([(leader, new DateOnly(2020, 1, 1)), (advisor, new DateOnly(2018, 1, 1))]);
        var heldLeader = person.JobRoles.Single(r => r.JobRoleId == leader);

        person.SetJobRoles([(leader, new DateOnly(2021, 6, 1)), (team, new DateOnly(2024, 2, 1)), (team, new DateOnly(2025, 1, 1))]);

        person.JobRoles.Select(r => r.JobRoleId).ShouldBe([leader, team], ignoreOrder: true);
        person.JobRoles.ShouldContain(heldLeader);
        heldLeader.StartDate.ShouldBe(new DateOnly(2021, 6, 1));
        person.JobRoles.Single(r => r.JobRoleId == team).StartDate.ShouldBe(new DateOnly(2024, 2, 1));
    }
}

public class AccessScopeTests
{
    [Fact]
    public void National_scope_covers_everything_and_a_regional_scope_only_its_own()
    {
        var region = Guid.NewGuid(); var office = Guid.NewGuid();
        var scoped = new AccessScope(false, [region], [], [office]);

        AccessScope.National.CoversOffice(Guid.NewGuid()).ShouldBeTrue();
        scoped.CoversRegion(region).ShouldBeTrue();
        scoped.CoversOffice(office).ShouldBeTrue();
        scoped.CoversOffice(Guid.NewGuid()).ShouldBeFalse();
        Should.Throw<BusinessException>(() => scoped.EnsureCoversOffice(Guid.NewGuid())).Code.ShouldBe(NavLederprogramErrorCodes.OutsideScope);
        AccessScope.Nothing.CoversRegion(region).ShouldBeFalse();
    }
}
