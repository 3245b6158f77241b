using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NavLederprogram.Permissions;

namespace NavLederprogram.ELearning;

public static class CourseAssignmentEndpoints
{
    /// <summary>Admins and coordinators give published courses, with a deadline, to people in their scope.</summary>
    public static IEndpointRouteBuilder MapCourseAssignmentEndpoints(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/e-learning/assignments").WithTags("ELearning");
        var assign = NavLederprogramPermissions.ELearning.Assign;
        group.MapGet("/options", GetCourseAssignmentOptions).RequireAuthorization(assign).WithName(nameof(GetCourseAssignmentOptions));
        group.MapPost("", AssignCourse).RequireAuthorization(assign).WithName(nameof(AssignCourse));
        return app;
    }

    private static Task<CourseAssignmentOptionsDto> GetCourseAssignmentOptions(ICourseAssignmentAppService s, CancellationToken ct) => s.GetOptionsAsync(ct);

    private static Task<CourseAssignmentResultDto> AssignCourse(AssignCourseInput input, ICourseAssignmentAppService s, CancellationToken ct) =>
        s.AssignAsync(input, ct);
}
