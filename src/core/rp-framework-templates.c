/* rp-framework-templates.c — industry templates for new frameworks
 *
 * The seed's point: the pre-sale and post-sale work of a subscription differs
 * from that of a hardware sale or an online shop, so each template is its own
 * set of phases and activities, not one list renamed.
 */
#include "config.h"

#include <glib/gi18n-lib.h>

#include "rp-framework.h"

typedef struct {
  const char *title;
  const char *category;
  const char *description;
  const char *channel;
  const char *timing;
  const char *records_kept;
  const char *business_process;
  int         need_technical;
  int         need_business;
  int         need_soft;
} TemplateActivity;

typedef struct {
  const char             *name;
  int                     start_day;
  int                     end_day;
  const char             *notes;
  const TemplateActivity *activities;
} TemplatePhase;

typedef struct {
  const char *kind;
  const char *description;
} TemplateFactor;

typedef struct {
  const char          *id;
  const char          *description;
  const TemplatePhase *phases;
  const TemplateFactor *factors;
} Template;

#define END_ACTIVITIES { NULL }

/* Subscription service */

static const TemplateActivity sub_presale[] = {
  { N_("Coverage and plan information online"), "information",
    N_("Customers check availability at their address and compare plans with every fee shown."),
    N_("Website, app"), N_("Always available"), N_("Coverage checks and enquiries"),
    N_("Enquiry → coverage check → plan recommendation"), 2, 2, 2 },
  { N_("Campaign in newly covered areas"), "marketing",
    N_("Door-drops and local events where the network has just arrived."),
    N_("Mail, local events"), N_("From 60 days before launch"), N_("Leads by area and source"),
    N_("Campaign brief → area list → lead follow-up"), 1, 4, 4 },
  { N_("Transit and social media advertising"), "advertising",
    N_("Brand and price-promise adverts that match what the contract says."),
    N_("Transit, social media"), N_("Seasonal bursts"), N_("Reach and enquiries per campaign"),
    N_("Brief → legal review of claims → booking"), 1, 4, 3 },
  END_ACTIVITIES
};
static const TemplateActivity sub_sale[] = {
  { N_("Contract walk-through in plain words"), "information",
    N_("Before signing, staff go through the price, term, exit fees and fair-use rules."),
    N_("Shop, phone"), N_("At signing"), N_("Signed summary of key terms"),
    N_("Key-terms summary → customer confirmation → signature"), 2, 3, 5 },
  { N_("Credit and identity check"), "other",
    N_("Checks done quickly and explained when they fail."),
    N_("Online, shop"), N_("At signing"), N_("Check results and reasons"),
    N_("Consent → check → decision letter"), 2, 3, 3 },
  END_ACTIVITIES
};
static const TemplateActivity sub_onboarding[] = {
  { N_("Installation and welcome call"), "support",
    N_("An engineer installs the service; a welcome call two days later checks all is well."),
    N_("Home visit, phone"), N_("Days 1–7"), N_("Job sheets, call notes"),
    N_("Appointment → installation → test → welcome call"), 4, 2, 4 },
  { N_("First-bill explanation"), "information",
    N_("The first bill comes with a note that explains each line, pro-rata charges included."),
    N_("Email, letter"), N_("First bill"), N_("Bill queries in the first 60 days"),
    N_("Bill run → explanation insert → query handling"), 1, 3, 3 },
  { N_("Installation problems put right first"), "recovery",
    N_("A failed or late installation gets a named contact, a new date within 2 days and a credit."),
    N_("Phone"), N_("Days 1–14"), N_("Failed installations and how they were resolved"),
    N_("Failure report → new appointment → credit → call-back"), 3, 2, 5 },
  { N_("30-day satisfaction survey"), "feedback",
    N_("A three-question survey about installation and first weeks."),
    N_("SMS, email"), N_("Day 30"), N_("Survey answers, follow-up actions"),
    N_("Survey → low-score call-back within 2 days"), 1, 2, 4 },
  END_ACTIVITIES
};
static const TemplateActivity sub_postsale[] = {
  { N_("Fault hotline"), "support",
    N_("A person who can fix or book a fix answers every fault call."),
    N_("Phone, chat"), N_("24/7"), N_("Fault tickets with times to resolve"),
    N_("Ticket → diagnosis → fix or engineer visit → confirmation"), 4, 2, 4 },
  { N_("Outage credit and apology"), "recovery",
    N_("Customers hit by an outage get a credit without having to ask, and an explanation."),
    N_("SMS, bill"), N_("Within 5 days of an outage"), N_("Outages, affected customers, credits"),
    N_("Outage report → affected list → credit → message"), 3, 3, 4 },
  { N_("Quarterly recommendation survey"), "feedback",
    N_("Net-promoter survey with a free-text question, read and acted on every quarter."),
    N_("Email"), N_("Quarterly"), N_("Scores and comments by segment"),
    N_("Survey → themes → actions reported to management"), 1, 3, 3 },
  { N_("Loyalty offer before renewal"), "post_sale_marketing",
    N_("Existing customers get the best current terms before their contract ends."),
    N_("Phone, email"), N_("60 days before renewal"), N_("Offers made and taken"),
    N_("Renewal list → offer → confirmation"), 1, 4, 4 },
  { N_("Churn-risk outreach"), "recovery",
    N_("Customers with repeated faults or complaints get a call from a senior agent."),
    N_("Phone"), N_("Weekly"), N_("Risk list, outcomes"),
    N_("Risk score → call → fix plan → follow-up"), 3, 3, 5 },
  { N_("Staff training on new plans"), "training",
    N_("Front-line staff learn each new plan and its terms before it goes on sale."),
    N_("Classroom, e-learning"), N_("Before each launch"), N_("Attendance, quiz results"),
    N_("Launch pack → training → quiz → sign-off"), 2, 3, 3 },
  END_ACTIVITIES
};
static const TemplatePhase subscription_phases[] = {
  { N_("Pre-sale"), -60, 0, N_("Win customers with honest information; everything promised here must hold later."), sub_presale },
  { N_("Sale and sign-up"), 0, 0, N_("The contract moment: no surprises."), sub_sale },
  { N_("Onboarding"), 0, 30, N_("The first month decides whether a customer stays."), sub_onboarding },
  { N_("Service and renewal"), 30, 365, N_("Keep the service working, listen, put things right and earn the renewal."), sub_postsale },
  { NULL }
};
static const TemplateFactor subscription_factors[] = {
  { "customer_need", N_("Dependable service and fast fault repair") },
  { "customer_need", N_("Clear prices with no surprise fees") },
  { "stakeholder_requirement", N_("Regulator: key terms given before signing") },
  { "resource_constraint", N_("Field engineers are the scarcest resource in the first week") },
  { NULL }
};

/* Hardware or product sale */

static const TemplateActivity hw_needs[] = {
  { N_("Requirements workshop with the buyer"), "information",
    N_("Sales and a pre-sales engineer map the buyer's needs, sites and constraints."),
    N_("On site"), N_("Early in the tender"), N_("Requirements document"),
    N_("Workshop → requirements → sign-off by the buyer"), 4, 4, 4 },
  { N_("Product catalogue and specification sheets"), "information",
    N_("Current specifications, compatibility notes and lead times."),
    N_("Website, print"), N_("Always available"), N_("Downloads, spec requests"),
    N_("Product data → review → publication"), 3, 2, 1 },
  { N_("Trade show demonstrations"), "marketing",
    N_("Hands-on demonstrations for buyers and their technical staff."),
    N_("Trade shows"), N_("Yearly shows"), N_("Leads and demos given"),
    N_("Show plan → demo kit → lead follow-up"), 3, 3, 4 },
  { N_("Trade press advertising"), "advertising",
    N_("Adverts in trade magazines read by procurement managers."),
    N_("Trade magazines"), N_("Quarterly"), N_("Responses per advert"),
    N_("Brief → claims review → booking"), 1, 4, 2 },
  END_ACTIVITIES
};
static const TemplateActivity hw_quote[] = {
  { N_("Quotation and configuration review"), "other",
    N_("A priced configuration reviewed by an engineer before it reaches the buyer."),
    N_("Email, meeting"), N_("Within 5 working days"), N_("Quotations and versions"),
    N_("Configuration → engineering review → pricing → approval"), 4, 4, 2 },
  { N_("Reference customer visits"), "marketing",
    N_("The buyer sees the equipment working at a comparable customer."),
    N_("Site visit"), N_("On request"), N_("Visits and outcomes"),
    N_("Request → reference consent → visit"), 2, 4, 5 },
  END_ACTIVITIES
};
static const TemplateActivity hw_delivery[] = {
  { N_("Delivery, installation and acceptance test"), "support",
    N_("Equipment delivered, installed and tested against the agreed acceptance criteria."),
    N_("On site"), N_("Days 1–14"), N_("Delivery notes, acceptance certificates"),
    N_("Schedule → delivery → install → acceptance test → sign-off"), 5, 2, 3 },
  { N_("Acceptance issue resolution"), "recovery",
    N_("Anything that fails acceptance is fixed or replaced before the invoice is due."),
    N_("On site"), N_("Until acceptance"), N_("Open acceptance issues"),
    N_("Issue log → fix → re-test → sign-off"), 5, 3, 3 },
  { N_("Handover feedback form"), "feedback",
    N_("The buyer's project lead rates delivery and installation at handover."),
    N_("Paper, email"), N_("At handover"), N_("Forms and follow-up"),
    N_("Form → review → actions"), 1, 2, 3 },
  { N_("User training on the equipment"), "training",
    N_("The buyer's staff learn day-to-day operation and first-line checks."),
    N_("On site, video"), N_("At handover"), N_("Attendance, training material"),
    N_("Training plan → sessions → feedback"), 4, 2, 4 },
  END_ACTIVITIES
};
static const TemplateActivity hw_warranty[] = {
  { N_("Warranty claims desk"), "support",
    N_("One number and address for every claim, with a reply within one working day."),
    N_("Phone, portal"), N_("Warranty period"), N_("Claims with serial numbers"),
    N_("Claim → diagnosis → repair or replacement"), 4, 2, 3 },
  { N_("Defect and return handling"), "recovery",
    N_("Faulty units are replaced first and investigated after; the buyer is told why."),
    N_("Courier, portal"), N_("Within 3 working days"), N_("Returns, root causes"),
    N_("Return authorisation → replacement → root cause → report"), 4, 3, 3 },
  { N_("Post-installation satisfaction survey"), "feedback",
    N_("The buyer rates delivery, installation and training."),
    N_("Email"), N_("30 days after acceptance"), N_("Survey results"),
    N_("Survey → review → actions"), 1, 3, 3 },
  { N_("Upgrade and accessory offers"), "post_sale_marketing",
    N_("Relevant upgrades offered when they add value to the installed base."),
    N_("Account manager"), N_("Yearly account review"), N_("Offers and orders"),
    N_("Installed base review → offer → order"), 3, 4, 4 },
  { N_("Preventive maintenance visits"), "support",
    N_("Scheduled checks that catch wear before it causes failures."),
    N_("On site"), N_("Twice a year"), N_("Maintenance reports"),
    N_("Schedule → visit → report → parts order"), 5, 2, 2 },
  END_ACTIVITIES
};
static const TemplatePhase hardware_phases[] = {
  { N_("Needs analysis and tender"), -120, -30, N_("Understand the buyer's needs before proposing anything."), hw_needs },
  { N_("Quotation and negotiation"), -30, 0, N_("A quotation the engineers stand behind."), hw_quote },
  { N_("Delivery and installation"), 0, 14, N_("Working equipment, accepted by the buyer."), hw_delivery },
  { N_("Warranty and support"), 14, 1095, N_("Keep it working for the warranty period and beyond."), hw_warranty },
  { NULL }
};
static const TemplateFactor hardware_factors[] = {
  { "customer_need", N_("Equipment that meets the specification on day one") },
  { "customer_need", N_("Short repair times during the warranty") },
  { "stakeholder_requirement", N_("Buyer's procurement rules and tender timetable") },
  { "resource_constraint", N_("Pre-sales engineers are shared with delivery") },
  { NULL }
};

/* E-commerce retail */

static const TemplateActivity ec_discovery[] = {
  { N_("Search and social advertising"), "advertising",
    N_("Ads that lead to the exact product, with the price shown in the ad."),
    N_("Search, social media"), N_("Always on"), N_("Spend, clicks, orders"),
    N_("Campaign → landing page → order"), 2, 4, 2 },
  { N_("Product pages with honest reviews"), "information",
    N_("Full specifications, real photos and unfiltered customer reviews."),
    N_("Web shop"), N_("Always available"), N_("Page views, questions asked"),
    N_("Product data → review moderation → publication"), 2, 3, 2 },
  { N_("Email newsletter"), "marketing",
    N_("New arrivals and offers for customers who asked for them."),
    N_("Email"), N_("Weekly"), N_("Opens, unsubscribes, orders"),
    N_("Content plan → consent check → send"), 1, 3, 3 },
  { N_("Live chat before purchase"), "support",
    N_("Questions answered while the customer is deciding."),
    N_("Chat"), N_("09:00–21:00"), N_("Chats and outcomes"),
    N_("Chat → answer → follow-up email"), 2, 3, 5 },
  END_ACTIVITIES
};
static const TemplateActivity ec_checkout[] = {
  { N_("Clear delivery and returns terms at checkout"), "information",
    N_("Delivery date, cost and the returns policy shown before payment."),
    N_("Web shop"), N_("At checkout"), N_("Checkout abandonment by step"),
    N_("Cart → terms → payment"), 2, 3, 1 },
  { N_("Order confirmation"), "information",
    N_("An immediate confirmation with what was bought and when it will arrive."),
    N_("Email, SMS"), N_("At order"), N_("Confirmations sent"),
    N_("Order → confirmation"), 1, 1, 1 },
  END_ACTIVITIES
};
static const TemplateActivity ec_fulfilment[] = {
  { N_("Shipment tracking messages"), "information",
    N_("Messages at dispatch, out for delivery and delivered."),
    N_("SMS, email"), N_("Days 1–5"), N_("Tracking events"),
    N_("Dispatch → carrier events → messages"), 2, 1, 1 },
  { N_("Delivery rating"), "feedback",
    N_("One tap to rate the delivery, in the delivered message."),
    N_("SMS"), N_("At delivery"), N_("Ratings by carrier"),
    N_("Delivered → rating → carrier review"), 1, 1, 1 },
  { N_("Delivery exception handling"), "recovery",
    N_("Late, lost or damaged parcels are resent or refunded without the customer chasing."),
    N_("Phone, email"), N_("Within 1 working day of the exception"), N_("Exceptions and resolutions"),
    N_("Carrier exception → decision → customer message"), 2, 3, 4 },
  END_ACTIVITIES
};
static const TemplateActivity ec_after[] = {
  { N_("Review request after delivery"), "feedback",
    N_("A short request for a product review and a delivery rating."),
    N_("Email"), N_("7 days after delivery"), N_("Reviews and ratings"),
    N_("Delivery → request → moderation"), 1, 2, 2 },
  { N_("Easy returns and refunds"), "recovery",
    N_("Free returns within 30 days; refunds within 3 days of receipt."),
    N_("Web shop, drop-off points"), N_("30 days"), N_("Returns, reasons, refund times"),
    N_("Return request → label → receipt → refund"), 1, 3, 3 },
  { N_("Personalised recommendations"), "post_sale_marketing",
    N_("Suggestions based on what the customer bought, never on what they returned."),
    N_("Email, web shop"), N_("Monthly"), N_("Recommendations and orders"),
    N_("Purchase history → rules → send"), 3, 3, 1 },
  { N_("Returns policy training"), "training",
    N_("Customer service staff apply the returns policy the same way every time."),
    N_("E-learning"), N_("Quarterly"), N_("Completion, quiz results"),
    N_("Policy update → module → quiz"), 1, 3, 3 },
  END_ACTIVITIES
};
static const TemplatePhase ecommerce_phases[] = {
  { N_("Discovery"), -30, 0, N_("Help customers find the right product and trust the shop."), ec_discovery },
  { N_("Checkout"), 0, 0, N_("No surprises at payment."), ec_checkout },
  { N_("Fulfilment"), 0, 7, N_("Tell customers where their order is before they ask."), ec_fulfilment },
  { N_("After delivery"), 7, 90, N_("Listen, put things right and bring customers back."), ec_after },
  { NULL }
};
static const TemplateFactor ecommerce_factors[] = {
  { "customer_need", N_("Knowing when the order will arrive") },
  { "customer_need", N_("Returning what does not fit, easily") },
  { "stakeholder_requirement", N_("Carriers' cut-off times and service levels") },
  { "resource_constraint", N_("Customer service staffing in peak season") },
  { NULL }
};

/* Blank: the three periods of the seed, nothing in them yet */

static const TemplateActivity no_activities[] = { END_ACTIVITIES };
static const TemplatePhase blank_phases[] = {
  { N_("Pre-sale"), -60, 0, NULL, no_activities },
  { N_("Sale"), 0, 0, NULL, no_activities },
  { N_("Post-sale"), 0, 365, NULL, no_activities },
  { NULL }
};
static const TemplateFactor no_factors[] = { { NULL } };

static const Template templates[] = {
  { "blank", N_("Pre-sale, sale and post-sale phases, with no activities yet."), blank_phases, no_factors },
  { "subscription", N_("A service paid every month: onboarding and renewal matter most."), subscription_phases, subscription_factors },
  { "hardware", N_("Equipment bought once: tender, installation and warranty matter most."), hardware_phases, hardware_factors },
  { "ecommerce", N_("An online shop: delivery, returns and repeat orders matter most."), ecommerce_phases, ecommerce_factors },
};

static const Template *
find_template (const char *id)
{
  for (guint i = 0; i < G_N_ELEMENTS (templates); i++)
    if (g_strcmp0 (templates[i].id, id) == 0)
      return &templates[i];
  return NULL;
}

const char *
rp_framework_template_describe (const char *template_id)
{
  const Template *t = find_template (template_id);

  return t != NULL ? _(t->description) : NULL;
}

RpRecord *
rp_framework_create_from_template (RpStore     *store,
                                   const char  *template_id,
                                   const char  *title,
                                   GError     **error)
{
  const Template *t = find_template (template_id);
  g_autoptr(RpRecord) framework = NULL;

  g_return_val_if_fail (RP_IS_STORE (store), NULL);

  if (t == NULL)
    {
      g_set_error (error, RP_STORE_ERROR, RP_STORE_ERROR_INVALID,
                   _("There is no framework template called “%s”."), template_id);
      return NULL;
    }

  framework = rp_record_new_for (RP_KIND_FRAMEWORK, NULL);
  rp_record_set_string (framework, RP_FRAMEWORK_TITLE, title);
  rp_record_set_string (framework, RP_FRAMEWORK_TEMPLATE, t->id);
  rp_record_set_string (framework, RP_FRAMEWORK_DESCRIPTION, _(t->description));

  if (!rp_store_begin (store, error))
    return NULL;
  if (!rp_store_save (store, framework, error))
    goto fail;
  for (const TemplateFactor *f = t->factors; f->kind != NULL; f++)
    {
      g_autoptr(RpRecord) factor = rp_record_new_for (RP_KIND_FACTOR, framework);

      rp_record_set_string (factor, RP_FACTOR_FACTOR_KIND, f->kind);
      rp_record_set_string (factor, RP_FACTOR_DESCRIPTION, _(f->description));
      if (!rp_store_save (store, factor, error))
        goto fail;
    }
  for (const TemplatePhase *p = t->phases; p->name != NULL; p++)
    {
      g_autoptr(RpRecord) phase = rp_record_new_for (RP_KIND_PHASE, framework);

      rp_record_set_string (phase, RP_PHASE_NAME, _(p->name));
      rp_record_set_int (phase, RP_PHASE_START_DAY, p->start_day);
      rp_record_set_int (phase, RP_PHASE_END_DAY, p->end_day);
      rp_record_set_string (phase, RP_PHASE_NOTES, p->notes ? _(p->notes) : NULL);
      if (!rp_store_save (store, phase, error))
        goto fail;
      for (const TemplateActivity *a = p->activities; a->title != NULL; a++)
        {
          g_autoptr(RpRecord) activity = rp_record_new_for (RP_KIND_ACTIVITY, phase);

          rp_record_set_string (activity, RP_ACTIVITY_TITLE, _(a->title));
          rp_record_set_string (activity, RP_ACTIVITY_CATEGORY, a->category);
          rp_record_set_string (activity, RP_ACTIVITY_DESCRIPTION, _(a->description));
          rp_record_set_string (activity, RP_ACTIVITY_CHANNEL, _(a->channel));
          rp_record_set_string (activity, RP_ACTIVITY_TIMING, _(a->timing));
          rp_record_set_string (activity, RP_ACTIVITY_RECORDS_KEPT, _(a->records_kept));
          rp_record_set_string (activity, RP_ACTIVITY_BUSINESS_PROCESS, _(a->business_process));
          rp_record_set_int (activity, RP_ACTIVITY_NEED_TECHNICAL, a->need_technical);
          rp_record_set_int (activity, RP_ACTIVITY_NEED_BUSINESS, a->need_business);
          rp_record_set_int (activity, RP_ACTIVITY_NEED_SOFT_SKILLS, a->need_soft);
          if (!rp_store_save (store, activity, error))
            goto fail;
        }
    }
  if (!rp_store_commit (store, error))
    return NULL;
  return g_steal_pointer (&framework);

fail:
  rp_store_rollback (store);
  return NULL;
}
