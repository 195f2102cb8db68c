// Recorded by CompiledDeckTests from Assets/Decks: run
// `RECORD_GOLDEN=1 swift test --filter CompiledDeckTests` after changing a bundled deck.

/// Every bundled deck, already parsed (see `CompiledDeck`).
let compiledBundledDecks: [CompiledBundledDeck] = [
  CompiledBundledDeck(
    fileName: "role-data-analysis.yaml", fingerprint: 0xa5c3d66308008095,
    text: """
      27:secondround-compiled-deck-113:data-analysis33:Data analysis \u{2014} technical round1:\
      1131:Technical second-round questions for data analysts, covering SQL reasoning, statisti\
      cs, experiments, data quality and stakeholders.1:41:51:19:technical27:Technical \u{2014} \
      data analysis14:Analytics lead3:1806:random1:02:1632:analysis-that-changed-a-decision132:\
      Pick an analysis on your CV that changed a decision. What was the question, which data di\
      d you use, and what happened because of it?3:2401:14:data1:248:What would have happened i\
      f you had not done it?71:Which part of the analysis are you least confident about, lookin\
      g back?1:2112:A clear line from business question to data to finding to decision, with th\
      e candidate's own part made explicit.81:Quantifies the outcome where possible and is hone\
      st about the limits of the data.1:217:skills-validation6:impact1:01:019:sql-second-purcha\
      se177:Without writing code, explain how you would find each customer's second purchase an\
      d the number of days between their first and second order. What in the data could trip yo\
      u up?3:1801:14:data1:268:Two orders have exactly the same timestamp. What does your query\
       do?58:How would you check the result is right before sharing it?1:2114:Reaches naturally\
       for window functions (ranking orders per customer) or an equivalent self-join, and expla\
      ins why.115:Raises edge cases unprompted \u{2014} refunds, test accounts, time zones, dup\
      licate rows, customers with only one order.1:23:sql17:skills-validation1:01:018:dau-drop-\
      overnight128:Daily active users on the main dashboard dropped 15% overnight. Walk me thro\
      ugh how you would investigate before telling anyone.3:2401:14:data1:259:It turns out a tr\
      acking change shipped yesterday. What now?71:At what point do you raise the alarm even th\
      ough you have not finished?1:2127:Checks whether the data is broken before assuming behav\
      iour changed \u{2014} pipeline delays, tracking releases, definition changes.114:Slices b\
      y platform, country, version and acquisition channel to locate the drop, and knows when t\
      o escalate early.1:38:scenario15:problem-solving12:data-quality1:01:028:design-onboarding\
      -experiment136:Design an A/B test for a new onboarding flow at {company}. How do you choo\
      se the primary metric, the sample size and how long to run it?3:3001:14:data1:2104:The pr\
      oduct manager wants to check results every day and stop as soon as it looks good. What do\
       you say?39:What guardrail metrics would you watch?1:2121:Picks a metric close to the cha\
      nge but tied to value, and talks about minimum detectable effect, baseline rate and power\
      .85:Mentions the dangers of peeking, novelty effects, and running for full weekly cycles.\
      1:315:experimentation10:statistics8:scenario1:01:022:borderline-test-result125:Your test \
      shows a 2% lift in conversion with a p-value of 0.08, and the product manager wants to sh\
      ip. What do you tell them?3:1801:14:data1:282:What would you do if the lift were 2% with \
      a p-value of 0.01, but only on desktop?65:How do you explain a confidence interval to thi\
      s product manager?1:2130:Avoids a mechanical yes or no; talks about the confidence interv\
      al, cost of being wrong and whether the change is easy to reverse.88:Warns against huntin\
      g for segments after the fact that make the result look significant.1:310:statistics15:de\
      cision-making8:scenario1:01:023:case-subscription-churn201:Case study: a subscription bus\
      iness has seen monthly churn creep up from 3% to 4.5% over two quarters. You can use bill\
      ing data, product usage and support tickets. How would you structure the analysis?3:3601:\
      14:data1:260:Which single chart would you show the leadership team first?104:How would yo\
      u tell apart customers who left because of price from those who left because of the produ\
      ct?1:2124:Breaks churn down by cohort, plan, tenure and segment before jumping to causes,\
       and checks whether the customer mix changed.115:Forms hypotheses, says what data would c\
      onfirm or kill each one, and ends with a recommendation, not just findings.1:310:case-stu\
      dy15:problem-solving9:retention1:01:028:broken-data-others-relied-on122:Tell me about a t\
      ime you found a serious problem in data that other people were already relying on. How di\
      d you handle it?3:1801:14:data1:256:How did you work out which past decisions were affect\
      ed?55:What did you put in place so it would not happen again?1:292:Raises it quickly and \
      openly, with an estimate of the impact, rather than quietly fixing it.112:Follows through\
       with a lasting control such as automated checks, alerts on row counts or documented defi\
      nitions.1:312:data-quality17:skills-validation13:communication1:01:025:dashboard-with-eve\
      rything135:A sales director asks you for a dashboard 'with everything on it'. How do you \
      work out what they actually need, and what ends up on it?3:1801:14:data1:251:Three months\
       later nobody opens it. What do you do?80:How do you stop the same metric being defined t\
      hree different ways across teams?1:2106:Asks which decisions the dashboard should support\
       and how often, then designs around a handful of metrics.72:Talks about definitions, owne\
      rship and checking real usage after launch.1:312:stakeholders13:visualisation8:scenario1:\
      01:025:correlation-not-causation129:Marketing says customers who use a particular feature\
       spend 40% more, so everyone should be pushed to use it. How do you respond?3:1801:14:dat\
      a1:278:How could you get closer to a causal answer without running a full experiment?69:H\
      ow do you say this without sounding like you are blocking marketing?1:2110:Names selectio\
      n bias plainly \u{2014} engaged, high-spending customers may simply be the ones who find \
      the feature.116:Proposes a constructive next step, such as a randomised nudge or a before\
      -and-after comparison with a matched group.1:310:statistics16:causal-inference15:problem-\
      solving1:01:020:explain-to-executive171:Explain a statistical idea you use often \u{2014}\
       a confidence interval, say, or regression to the mean \u{2014} the way you would to a bu\
      sy executive with no statistics background.3:1201:14:data1:264:The executive asks for 'ju\
      st the number'. What do you give them?39:How do you show uncertainty on a chart?1:289:Pla\
      in language and a concrete example from the business, with no jargon left unexplained.82:\
      Makes clear why the idea matters for the decision at hand, not just what it means.1:213:c\
      ommunication10:statistics1:01:027:missing-values-and-outliers116:How do you decide what t\
      o do with missing values and outliers? Give an example where that choice changed the answ\
      er.3:1801:14:data1:257:When is an outlier the most interesting row in the table?69:How do\
       you document those choices for whoever picks up the work next?1:2105:Asks why the data i\
      s missing or extreme before choosing a treatment, instead of dropping rows by default.81:\
      Checks how sensitive the conclusion is to the choice and says so in the write-up.1:213:da\
      ta-cleaning17:skills-validation1:01:021:reproducible-analysis134:How do you make your ana\
      lysis reproducible and trustworthy, so that someone else could rerun it in six months and\
       get the same answer?3:1801:14:data1:292:What do you do with the one-off spreadsheet anal\
      ysis that suddenly becomes a monthly report?41:How do you review a colleague's analysis?1\
      :297:Version-controlled queries or notebooks, pinned data snapshots or dates, and written\
       assumptions.91:Treats peer review and sanity checks against known totals as part of the \
      job, not an extra.1:27:quality7:tooling1:01:020:case-ticket-forecast180:Case study: the s\
      upport operations team needs a forecast of next quarter's ticket volume to plan staffing.\
       Which approach would you take, and how would you present the uncertainty?3:3001:14:data1\
      :277:A big product launch is planned mid-quarter. How does it change the forecast?67:How \
      would you judge, afterwards, whether the forecast was any good?1:2102:Starts simple \
      \u{2014} trend, seasonality, growth in customers \u{2014} before anything fancy, and expl\
      ains why.96:Gives a range and scenarios tied to staffing decisions, and agrees how accura\
      cy will be tracked.1:210:case-study11:forecasting1:01:020:five-urgent-requests104:You hav\
      e five analysis requests from three teams, all marked urgent. How do you decide what to d\
      o first?3:1501:14:data1:273:Two requesters are senior and both insist on going first. Wha\
      t do you do?61:How do you cut the number of ad hoc requests in the long run?1:284:Asks wh\
      at decision each request feeds and by when, and weighs impact against effort.97:Communica\
      tes the order and trade-offs openly, and looks for self-serve fixes for repeat requests.1\
      :314:prioritisation12:stakeholders8:scenario1:01:022:right-tool-for-the-job127:When do yo\
      u reach for a spreadsheet, for SQL, for Python or R, or for a BI tool? Tell me about a ti\
      me you picked the wrong one.3:1801:14:data1:284:Which of those are you strongest in, hone\
      stly, and which would you need to brush up?64:How do you hand over work to someone who on\
      ly uses spreadsheets?1:2107:Matches the tool to data size, repeatability and the audience\
      , rather than using one hammer for everything.58:An honest self-assessment that matches w\
      hat the CV claims.1:27:tooling17:skills-validation1:01:017:unwelcome-finding118:Your anal\
      ysis shows that a project a senior leader championed did not deliver what it promised. Ho\
      w do you present it?3:1801:14:data1:275:The leader challenges your method in front of the\
       team. How do you respond?54:Is there anything you would leave out of the write-up?1:2101\
      :Checks the work thoroughly first, shares it privately before it goes wide, and stays on \
      the evidence.99:Pairs the finding with what can be learned or done next, so it is useful \
      rather than just bad news.1:313:communication12:stakeholders15:problem-solving1:01:0
      """),
  CompiledBundledDeck(
    fileName: "role-product-management.yaml", fingerprint: 0x9e6e594b5b7c4673,
    text: """
      27:secondround-compiled-deck-118:product-management50:Product and project management \
      \u{2014} technical round1:1141:Technical second-round questions for product and project m\
      anagers, covering prioritisation, metrics, delivery, stakeholders and case studies.1:41:5\
      1:19:technical44:Technical \u{2014} product and project management15:Head of product3:180\
      6:random1:02:1614:idea-to-launch143:Walk me through a product or project on your CV from \
      the first idea to launch. What was your part, and what would the team say you contributed\
      ?3:2401:17:product1:272:Which decision along the way was the hardest, and who disagreed w\
      ith it?54:How did you know, after launch, whether it had worked?1:289:Makes their own dec\
      isions and influence visible, rather than narrating what the team did.92:Closes the loop \
      with outcomes measured against the original goal, including what fell short.1:217:skills-\
      validation8:delivery1:01:018:building-a-roadmap101:How do you decide what goes into next \
      quarter's roadmap? Use a real roadmap you owned as the example.3:2401:17:product1:256:Wha\
      t did you leave out that someone important wanted in?43:How often did that roadmap change\
      , and why?1:2142:A repeatable way of weighing value, effort, risk and strategic fit \
      \u{2014} a named framework is fine, but judgement matters more than the acronym.87:Shows \
      the roadmap as a tool for communicating trade-offs, not a fixed list of promises.1:314:pr\
      ioritisation7:roadmap17:skills-validation1:01:019:big-customer-demand133:Your largest cus\
      tomer demands a feature that does not fit the product direction and hints they will leave\
       without it. What do you do?3:1801:17:product1:264:Sales has already half-promised it. Ho\
      w does that change things?28:What would make you say yes?1:2111:Digs for the underlying p\
      roblem behind the request \u{2014} there is often a smaller solution that fits the produc\
      t.107:Weighs revenue at risk against the cost of maintaining a one-off, and involves sale\
      s and leadership openly.1:312:stakeholders15:decision-making8:scenario1:01:025:measuring-\
      feature-success161:How would you measure the success of a new feature at {company}? Pick \
      one, and name the main metric, the guardrails, and what result would make you roll it bac\
      k.3:2401:17:product1:270:The main metric went up but support tickets doubled. Was it a su\
      ccess?42:How long would you wait before judging it?1:298:Chooses a metric tied to user va\
      lue rather than vanity numbers, and sets the target before launch.73:Includes guardrail m\
      etrics and a clear rollback or iterate decision rule.1:27:metrics8:scenario1:01:022:proje\
      ct-six-weeks-late120:Halfway through a six-month project you realise it will be six weeks\
       late. Walk me through what you do in the next week.3:1801:17:product1:261:The sponsor sa\
      ys the date cannot move. What are your options?43:How could you have seen this coming soo\
      ner?1:2128:Verifies the forecast, then tells sponsors early with options \u{2014} cut sco\
      pe, add people, move the date \u{2014} and a recommendation.77:Looks for the root cause o\
      f the slip instead of just pushing the team harder.1:318:project-management4:risk8:scenar\
      io1:01:023:case-falling-engagement164:Case study: weekly engagement with a mobile app has\
       fallen 10% over three months while sign-ups have held steady. How would you find out why\
      , and decide what to do?3:3601:17:product1:255:The data points to a redesign you champion\
      ed. What now?56:You can only run one experiment this quarter. Which one?1:2125:Breaks the\
       problem down \u{2014} new versus existing users, cohorts, platforms, features, releases \
      \u{2014} before proposing solutions.96:Combines data with talking to users, forms testabl\
      e hypotheses and ends with a prioritised plan.1:310:case-study15:problem-solving7:metrics\
      1:01:024:case-small-business-tier162:Case study: {company} is considering a cheaper plan \
      aimed at small businesses. How would you decide whether to build it, and what would the f\
      irst version include?3:3601:17:product1:263:How would you make sure it does not cannibali\
      se existing plans?67:What would you need to see in the first three months to keep going?1\
      :2108:Sizes the opportunity roughly and says which assumptions matter most, then proposes\
       cheap ways to test them.107:Keeps the first version small, and considers pricing, suppor\
      t cost and impact on the current customer base.1:310:case-study8:strategy15:problem-solvi\
      ng1:01:019:saying-no-to-senior95:Tell me about a time you said no to a senior stakeholder\
      . How did you do it, and what happened?3:1801:17:product1:229:Looking back, were you righ\
      t?46:How is your relationship with that person now?1:296:Says no with reasons tied to sha\
      red goals and offers an alternative, rather than a flat refusal.72:A real example with a \
      real outcome, including any cost to the candidate.1:212:stakeholders17:skills-validation1\
      :01:029:estimate-gap-with-engineering139:Engineers estimate that a feature you want will \
      take three months; you were hoping for three weeks. How do you work through that with the\
      m?3:1801:17:product1:225:What would you cut first?60:How do you know whether the estimate\
       is padded or realistic?1:283:Gets curious about what drives the estimate instead of nego\
      tiating the number down.97:Looks for a smaller first slice that tests the riskiest assump\
      tion, built together with the team.1:313:collaboration10:trade-offs8:scenario1:01:021:pro\
      blem-worth-solving124:How do you check that a problem is worth solving before anything is\
       built? Give an example where discovery changed the plan.3:1801:17:product1:258:How many \
      users did you talk to, and how did you pick them?54:How do you avoid leading questions in\
       user interviews?1:2121:Uses several kinds of evidence \u{2014} interviews, data, support\
       tickets, prototypes \u{2014} and looks for disconfirming signals.68:The example shows di\
      scovery actually changing or stopping something.1:39:discovery13:user-research17:skills-v\
      alidation1:01:022:launch-that-went-wrong97:Tell me about a launch that did not go as plan\
      ned. How did you find out, and what did you change?3:1801:17:product1:256:What did you te\
      ll customers and the rest of the company?49:What do you do differently on every launch si\
      nce?1:281:Owns their share of the failure and describes the response calmly and concretel\
      y.107:Shows a lasting change in practice, such as staged rollouts, launch checklists or c\
      learer success criteria.1:317:skills-validation15:problem-solving8:delivery1:01:020:writi\
      ng-requirements106:How do you write requirements so that the team builds the right thing?\
       What do you deliberately leave out?3:1801:17:product1:254:How do you handle a change of \
      requirements mid-sprint?51:Which details do you insist on being precise about?1:290:Descr\
      ibes problems, users and acceptance criteria clearly, and leaves the how to the team.98:T\
      reats the document as the start of a conversation, and is precise about edge cases and no\
      n-goals.1:212:requirements7:process1:01:023:cross-team-dependencies118:You are running a \
      project that depends on three other teams, none of which report to you. How do you keep i\
      t on track?3:1801:17:product1:265:One team quietly drops your work from their plan. What \
      do you do?67:How do you report status to leadership without it becoming theatre?1:2102:Ma\
      ps dependencies and owners early, agrees dates in writing, and makes risks visible before\
       they bite.109:Influences through shared goals and relationships, and escalates cleanly w\
      hen needed rather than as a threat.1:318:project-management4:risk8:scenario1:01:022:inter\
      views-versus-data92:User interviews point one way and usage data points the other. How do\
       you decide what to do?3:1801:17:product1:261:Tell me about a time you went with your gut\
       against the data.32:What experiment would settle it?1:2105:Treats the conflict as a clue\
       \u{2014} different users, or saying versus doing \u{2014} rather than picking a side.86:\
      Proposes a cheap way to resolve it, and is clear about which decision can be reversed.1:2\
      15:decision-making15:problem-solving1:01:019:delivery-approaches137:Which delivery approa\
      ches have you actually used \u{2014} Scrum, Kanban, stage gates or something else \
      \u{2014} and where does each one break down?3:1801:17:product1:270:Which ritual would you\
       drop first in a team that feels over-processed?68:How do you plan a fixed-date, fixed-bu\
      dget project in an agile team?1:260:Real experience of the trade-offs, not textbook defin\
      itions.105:Adapts process to the team and the work, and can name a time they changed a pr\
      ocess that was not working.1:27:process17:skills-validation1:01:017:first-ninety-days85:I\
      f you joined {company} as {a_position}, what would you do in your first ninety days?3:180\
      1:17:product1:263:What would you expect to have shipped or decided by day ninety?52:Whom \
      would you want to meet in your first two weeks?1:294:Balances learning \u{2014} customers\
      , data, team, strategy \u{2014} with an early, visible contribution.112:Uses what they al\
      ready know about the company and avoids promising big changes before understanding the co\
      ntext.1:28:planning10:onboarding1:01:0
      """),
  CompiledBundledDeck(
    fileName: "role-sales-customer-success.yaml", fingerprint: 0xb51d76c7935c58cf,
    text: """
      27:secondround-compiled-deck-122:sales-customer-success46:Sales and customer success \
      \u{2014} technical round1:1137:Technical second-round questions for sales and customer su\
      ccess roles, covering deals, pipeline, negotiation, retention and case studies.1:41:51:19\
      :technical40:Technical \u{2014} sales and customer success14:Sales director3:1806:random1\
      :02:1612:biggest-deal144:Walk me through the biggest deal on your CV: how it started, who\
       was involved on the buying side, where it nearly fell apart, and how it closed.3:2401:15\
      :sales1:259:Who was the real decision-maker, and when did you find out?59:What did you pe\
      rsonally do that a colleague might not have?1:2123:Knows the buying committee, the timeli\
      ne and the numbers in detail \u{2014} vagueness here suggests the deal was someone else's\
      .76:Describes the moment it nearly failed and the specific action that saved it.1:217:ski\
      lls-validation13:deal-strategy1:01:021:numbers-behind-the-cv153:Talk me through your numb\
      ers for the last two years: quota, attainment, average deal size and sales cycle. What dr\
      ove the good quarters and the bad ones?3:1801:15:sales1:273:How was your quota set, and h\
      ow did it compare with the rest of the team?76:How much of your result came from inbound \
      leads versus your own prospecting?1:2102:Gives precise figures without hesitation and put\
      s them in context \u{2014} team average, market, territory.85:Explains misses honestly an\
      d shows what they changed, rather than blaming the market.1:217:skills-validation8:pipeli\
      ne1:01:020:first-discovery-call124:A prospect at a mid-sized company has filled in a demo\
       request form. You have a thirty-minute first call. How do you run it?3:1801:15:sales1:26\
      4:They just want to see the product straight away. What do you do?73:What must you know b\
      y the end of the call to decide whether to pursue it?1:2129:Prepares beforehand, spends m\
      ost of the call asking about the problem, impact and how they buy, and talks less than th\
      e prospect.78:Ends with a clear, agreed next step with a date, and is willing to disquali\
      fy.1:29:discovery8:scenario1:01:015:price-objection118:A prospect tells you that you are \
      30% more expensive than the competitor they are also evaluating. How do you respond?3:180\
      1:15:sales1:270:They ask for a matching discount before the end of the week. What now?39:\
      When would you walk away from the deal?1:2122:Does not reach for a discount first; clarif\
      ies what is being compared and brings it back to value and cost of the problem.105:If con\
      ceding on price, trades it for something \u{2014} term length, volume, a case study, a fa\
      ster signature.1:318:objection-handling11:negotiation8:scenario1:01:015:account-at-risk11\
      3:A key account's usage has halved in three months, and their renewal is in ninety days. \
      Walk me through your plan.3:2401:15:sales1:249:Your champion has left the company. What c\
      hanges?46:What would you have done to spot this earlier?1:2131:Finds out why before actin\
      g \u{2014} a change of people, priorities, a product issue or a competitor \u{2014} by ta\
      lking to several contacts.114:Builds a concrete recovery plan with the customer tied to t\
      heir goals, and flags the risk internally in good time.1:416:customer-success9:retention1\
      5:problem-solving8:scenario1:01:030:case-underperforming-territory146:Case study: you inh\
      erit a territory of two hundred accounts that has missed target for three quarters in a r\
      ow. How do you spend your first month?3:3001:15:sales1:245:Which accounts do you look at \
      first, and why?56:What would you tell your manager at the end of week two?1:2124:Diagnose\
      s before acting \u{2014} pipeline quality, account segmentation, win and loss reasons, wh\
      at the previous rep left behind.126:Prioritises a short list of accounts with a clear rat\
      ionale, and sets leading indicators rather than waiting for closed deals.1:310:case-study\
      8:planning15:problem-solving1:01:016:case-early-churn211:Case study: 20% of new customers\
       cancel within their first six months, mostly the ones who never finished onboarding. As \
      the person leading customer success, how would you investigate, and what would you change\
      ?3:3001:15:sales1:2111:Sales says onboarding is the problem; onboarding says sales sells \
      to the wrong customers. How do you settle it?52:What would you measure weekly to know it \
      is working?1:2120:Looks at which customers churn \u{2014} segment, deal source, promises \
      made in the sale \u{2014} not only at the onboarding steps.127:Proposes concrete changes \
      such as a handover from sales, success milestones in the first thirty days and early-warn\
      ing signals.1:310:case-study16:customer-success10:onboarding1:01:023:escalation-after-out\
      age138:After an outage that broke their workflow, a customer escalates to their chief exe\
      cutive, and you are on the call. What do you say and do?3:1801:15:sales1:284:They ask for\
       a service credit and a contract change on the spot. How do you respond?42:What do you do\
       in the week after the call?1:2101:Listens first, acknowledges the impact without being d\
      efensive, and does not invent technical detail.117:Commits only to what they can deliver,\
       gives a clear follow-up with dates, and brings in the right people internally.1:310:esca\
      lation16:customer-success8:scenario1:01:021:pipeline-and-forecast99:How do you build and \
      manage your pipeline, and how do you decide which deals to forecast as commit?3:1801:15:s\
      ales1:244:How accurate was your forecast last quarter?73:What do you do with a deal that \
      has sat in the same stage for two months?1:2116:Uses evidence-based criteria for each sta\
      ge \u{2014} confirmed budget, decision-maker, timeline \u{2014} rather than gut feel.85:K\
      nows their coverage ratio and forecast accuracy and is willing to remove dead deals.1:38:\
      pipeline11:forecasting17:skills-validation1:01:09:lost-deal111:Tell me about a deal you l\
      ost that you expected to win. What did you learn, and what do you do differently now?3:18\
      01:15:sales1:242:Did you find out why you really lost? How?37:Were there warning signs yo\
      u ignored?1:285:Takes ownership of what was in their control instead of blaming price or \
      the product.63:Shows a specific change in how they qualify or run deals since.1:217:skill\
      s-validation13:deal-strategy1:01:024:expansion-without-damage97:How do you find expansion\
       opportunities in an existing account without damaging the relationship?3:1801:15:sales1:\
      240:Tell me about an upsell that went badly.85:How do you work with the account manager o\
      r salesperson who owns the commercial side?1:2104:Grounds expansion in the customer's res\
      ults and goals, so the offer feels like help rather than a pitch.69:Times it well \
      \u{2014} after value is proven, not during a support crisis.1:29:expansion16:customer-suc\
      cess1:01:024:stalled-with-procurement131:Your champion loves the product, but procurement\
       and IT security have gone quiet for three weeks. How do you move the deal forward?3:1801\
      :15:sales1:270:The security questionnaire has two hundred questions. Who fills it in?47:H\
      ow do you find out if the deal is really dead?1:2106:Works through the champion to map th\
      e approval process and the people involved, and engages them directly.90:Anticipates secu\
      rity and legal steps in future deals, and builds a mutual plan with dates.1:313:deal-stra\
      tegy8:scenario15:problem-solving1:01:024:customers-want-a-feature146:Customers keep askin\
      g for a feature the product team has not prioritised. How do you make the case internally\
       without over-promising to customers?3:1801:15:sales1:246:What do you tell the customer i\
      n the meantime?47:What evidence would persuade a product manager?1:2118:Brings structured\
       evidence \u{2014} how many customers, revenue affected, the underlying problem \u{2014} \
      rather than anecdotes.88:Sets honest expectations with customers and respects the product\
       team's right to decide.1:213:collaboration16:product-feedback1:01:023:end-of-quarter-dis\
      count148:It is the last week of the quarter, you are short of your target, and a prospect\
       says they will sign today if you give them 25% off. What do you do?3:1801:15:sales1:247:\
      Your manager tells you to just take it. Do you?57:How does this affect the next renewal w\
      ith this customer?1:2107:Considers the long-term cost \u{2014} setting a precedent, train\
      ing the buyer to wait, a lower base for renewal.88:Negotiates with something in return, o\
      r knows when to let the deal slip to next quarter.1:211:negotiation15:decision-making1:01\
      :022:weekly-routine-and-crm154:What does your working week look like in terms of prospect\
      ing, CRM updates and account reviews? What would your manager see if they opened your CRM\
       today?3:1501:15:sales1:252:How much time do you spend on prospecting, honestly?66:Which \
      tools have you used, and which one would you not go back to?1:2103:A disciplined, specifi\
      c routine, with time blocked for prospecting and notes that others could pick up.76:Sees \
      the CRM as a tool for the team and for forecasting, not an admin chore.1:37:process7:tool\
      ing17:skills-validation1:01:017:pitch-our-product172:Pitch {company}'s offering to me as \
      if I were a sceptical buyer in your target market. Then tell me what you would expect to \
      change about that pitch after your first month.3:2401:15:sales1:266:I say we already have\
       a solution that works fine. What do you say?61:Which kind of customer would you sell to \
      first here, and why?1:295:Leads with the buyer's problem and a clear outcome, not a list \
      of features, and keeps it short.97:Acknowledges what they do not know yet and how they wo\
      uld learn it from customers and colleagues.1:25:pitch8:scenario1:01:0
      """),
  CompiledBundledDeck(
    fileName: "role-software-engineering.yaml", fingerprint: 0x42d0dd6e75cb607c,
    text: """
      27:secondround-compiled-deck-120:software-engineering40:Software engineering \u{2014} tec\
      hnical round1:1112:Technical second-round questions for software engineers, from CV deep \
      dives to design, debugging and trade-offs.1:41:51:19:technical34:Technical \u{2014} softw\
      are engineering21:Engineering team lead3:1806:random1:02:1611:hardest-bug124:Walk me thro\
      ugh the hardest bug you have tracked down. How did you narrow it down, and how did you kn\
      ow it was really fixed?3:2401:18:software1:272:What would have caught it earlier \u{2014}\
       a test, a log line, a code review?62:What did you change in the codebase or the process \
      afterwards?1:296:A clear method \u{2014} reproduce, isolate, form a hypothesis, test it \
      \u{2014} rather than a lucky guess.108:Honest about dead ends, and ends with a guard agai\
      nst it coming back, such as a regression test or an alert.1:217:skills-validation9:debugg\
      ing1:01:029:proudest-project-architecture183:Pick the project on your CV you are proudest\
       of. Describe its architecture in words: the main components, what you personally built, \
      and one decision you would make differently today.3:3001:18:software1:251:Where was the s\
      ystem weakest, and how did you know?68:Who else worked on it, and where did your part end\
       and theirs begin?1:294:Separates 'I' from 'we' clearly, so the interviewer can see what \
      the candidate actually owned.100:The 'differently today' part shows real reflection with \
      a reason, not a generic wish for more tests.1:217:skills-validation12:architecture1:01:02\
      9:production-knowledge-of-stack166:Your CV lists several languages and frameworks. Choose\
       the one you know best and tell me something about it that only someone who has run it in\
       production would know.3:1801:18:software1:248:What mistake do newcomers to it make most \
      often?43:When would you advise a team not to use it?1:2129:Concrete production detail \
      \u{2014} memory behaviour, upgrade pain, concurrency quirks, deployment gotchas \u{2014} \
      not a tutorial summary.83:Knowing the limits of a favourite tool is a stronger signal tha\
      n enthusiasm for it.1:217:skills-validation16:technology-depth1:01:027:design-notificatio\
      n-service169:How would you design a service at {company} that sends users email and push \
      notifications when things happen in the product \u{2014} reliably, and without sending du\
      plicates?3:3601:18:software1:357:What happens when the email provider is down for an hour\
      ?58:How would the design change at a hundred times the volume?53:How would users control \
      which notifications they get?1:2131:Starts with clarifying questions about volume, latenc\
      y and which channels matter, then offers a simple design before adding pieces.145:Talks a\
      bout queues, retries with idempotency keys and at-least-once delivery, and names the trad\
      e-offs instead of claiming exactly-once for free.1:213:system-design8:scenario1:01:017:in\
      cident-slow-api163:It is ten in the morning and the main API's response times have triple\
      d since yesterday's release. No errors, just slow. Talk me through your first thirty minu\
      tes.3:2401:18:software1:264:Would you roll back straight away? What would make you hesita\
      te?45:Who do you tell, and what do you say to them?1:2106:Stabilise first, diagnose secon\
      d \u{2014} a rollback or feature flag is considered early, not as a last resort.126:Uses \
      data to narrow down (which endpoints, which hosts, database or downstream calls) and keep\
      s people informed while working.1:38:incident8:scenario15:problem-solving1:01:022:unteste\
      d-legacy-module117:You need to change a critical module that has no tests, and the person\
       who wrote it has left. How do you approach it?3:2401:18:software1:265:How would you conv\
      ince your lead that the extra time is worth it?63:When is it right to just make the chang\
      e carefully and move on?1:298:Pins down current behaviour first with characterisation tes\
      ts or logging before changing anything.111:Keeps changes small and reversible, and weighs\
       the risk against the deadline instead of insisting on a rewrite.1:312:code-quality11:ref\
      actoring8:scenario1:01:024:code-review-disagreement144:What do you look for when reviewin\
      g a pull request? And how do you handle a review where you strongly disagree with the aut\
      hor's whole approach?3:1801:18:software1:255:Tell me about a review comment of yours that\
       was wrong.73:What do you do when a large pull request lands the day before a deadline?1:\
      2119:Priorities in order \u{2014} correctness, clarity, risk, then style \u{2014} and an \
      awareness that tools should catch formatting.108:Moves a fundamental disagreement out of \
      the comment thread into a conversation, and knows when to let it go.1:212:code-quality13:\
      collaboration1:01:016:testing-strategy138:How do you decide what to test, and at which le\
      vel \u{2014} unit, integration or end to end? Use a feature you shipped recently as the e\
      xample.3:1801:18:software1:247:Which of those tests has actually caught a bug?56:How do y\
      ou deal with a test suite that is slow or flaky?1:287:Ties testing effort to risk and cos\
      t of failure, rather than chasing a coverage number.91:Grounds the answer in the real fea\
      ture, including what was deliberately not tested and why.1:27:testing17:skills-validation\
      1:01:023:rewrite-versus-features152:Your team wants to spend a quarter rewriting an old s\
      ervice; the product side wants new features. How would you decide, and how would you make\
       the case?3:2401:18:software1:237:What evidence would change your mind?64:Is there a midd\
      le path between a full rewrite and doing nothing?1:2113:Frames technical debt in business\
       terms \u{2014} incidents, lead time, cost of change \u{2014} with numbers where possible\
      .79:Considers incremental replacement and explains the risks of a big-bang rewrite.1:310:\
      trade-offs15:decision-making14:technical-debt1:01:018:case-slow-checkout204:Case study: i\
      n an online shop, 8% of mobile users drop out on a checkout step that takes six seconds t\
      o load. You have two weeks. What do you measure, what do you try first, and how do you kn\
      ow it worked?3:3001:18:software1:272:The biggest cost turns out to be a third-party payme\
      nt script. What now?60:How would you stop the page getting slow again next quarter?1:2131\
      :Measures before changing \u{2014} real user timings broken down by network, backend and \
      rendering \u{2014} and picks the biggest slice first.109:Defines success up front (load t\
      ime and drop-off rate) and proposes a way to compare before and after fairly.1:310:case-s\
      tudy11:performance15:problem-solving1:01:022:case-batch-job-overrun188:Case study: a nigh\
      tly batch job that used to take forty minutes now takes seven hours and sometimes overlap\
      s with daytime traffic. Data volume has grown five times. How do you approach it?3:3001:1\
      8:software1:256:What would you do tonight, before any real fix is ready?57:Would you make\
       it incremental or keep it as a batch? Why?1:2135:Spots that a 5x data increase giving a \
      10x slowdown points to something worse than linear, such as a missing index or a quadrati\
      c loop.91:Separates the short-term mitigation from the lasting fix, and protects daytime \
      users first.1:310:case-study11:performance4:data1:01:017:choose-data-store140:How would y\
      ou choose between a relational database and a document store for a new feature? Tell me a\
      bout a time that choice really mattered.3:1801:18:software1:251:What would make you regre\
      t the choice a year later?46:How would you migrate if you had picked wrong?1:297:Starts f\
      rom access patterns, consistency needs and reporting needs, not from what is fashionable.\
      85:Mentions the cost of running and operating another technology, not only its features.1\
      :310:trade-offs4:data12:architecture1:01:016:unknown-estimate125:A product manager asks h\
      ow long a feature will take, and you genuinely do not know. What do you say, and what do \
      you do next?3:1501:18:software1:268:Halfway through, it is clearly taking twice as long. \
      What do you do?54:How do you estimate work that depends on another team?1:2100:Gives a ra\
      nge with stated assumptions, or offers a short time-boxed spike to reduce the uncertainty\
      .108:Raises slippage early and offers options \u{2014} cut scope, move the date, add help\
       \u{2014} rather than going quiet.1:310:estimation13:collaboration8:scenario1:01:021:secr\
      ets-and-passwords115:Describe how you would handle user passwords and API keys in a new s\
      ervice. What mistakes have you seen teams make?3:1801:18:software1:279:A key has just bee\
      n committed to a public repository. What do you do, in order?43:How do you rotate secrets\
       without downtime?1:2105:Passwords hashed with a slow, salted algorithm; secrets kept in \
      a secrets manager, never in code or logs.82:For a leaked key, revokes and rotates first \
      \u{2014} deleting the commit is not enough.1:28:security8:scenario1:01:017:outage-postmor\
      tem139:Tell me about an outage or serious incident you were involved in. What was your ro\
      le, what was the root cause, and what changed afterwards?3:2401:18:software1:264:Was the \
      root cause you found really the root, or one of several?54:Which follow-up action from th\
      e review never got done?1:2102:Owns their part without blaming individuals, and describes\
       contributing factors, not a single culprit.98:Shows what actually changed \u{2014} monit\
      oring, runbooks, design \u{2014} and is honest about what did not.1:38:incident17:skills-\
      validation15:problem-solving1:01:024:wrong-technical-decision124:Tell me about a technica\
      l decision you made that turned out to be wrong. How did you find out, and what did you d\
      o about it?3:1801:18:software1:277:Given what you knew at the time, was it a bad decision\
       or just a bad outcome?40:How do you make decisions like that now?1:267:Picks a real, mea\
      ningful mistake and takes ownership without drama.129:Shows a changed habit \u{2014} writ\
      ing down assumptions, prototyping earlier, asking for review \u{2014} not just a lesson i\
      n the abstract.1:215:decision-making17:skills-validation1:01:0
      """),
  CompiledBundledDeck(
    fileName: "second-interview.yaml", fingerprint: 0xfb252c05f7c7ea8e,
    text: """
      27:secondround-compiled-deck-116:second-interview28:Second interview \u{2014} general1:11\
      67:Role-agnostic second-round rehearsal covering deeper behavioural probing, skills valid\
      ation, culture fit, the pay conversation and your own questions for the employer.1:51:51:\
      511:behavioural11:Behavioural14:Hiring manager3:1206:random1:36:action1:455:What did you \
      personally do there \u{2014} not the team, you?64:You've told me what the group did. Whic\
      h part of that was yours?76:If I rang your manager from back then, what would they say yo\
      u did yourself?47:Walk me through the steps you took, one by one.10:quantified1:462:How d\
      id you know it had worked? What did you actually measure?47:Can you put a number on the d\
      ifference it made?82:What changed that you could point to \u{2014} time saved, money, cus\
      tomers, complaints?45:How would you have known if it hadn't worked?6:result1:435:And how \
      did it turn out in the end?46:So where did things land once it was all over?57:What came \
      of it? I'd like to hear how the story finished.73:Where did that leave the project, and t\
      he people who were counting on it?2:1918:overcome-challenge119:Tell me about a time a ser\
      ious obstacle at work put a result you were responsible for at risk. How did you get past\
       it?3:1501:01:263:What would you do differently if the same thing happened today?68:Who e\
      lse was involved, and what part of the outcome was yours alone?1:2125:A clear arc \
      \u{2014} situation, task, action, result \u{2014} with most of the time spent on the acti\
      ons the candidate personally took.92:A measurable or at least concrete outcome, plus an h\
      onest lesson that changed how they work.1:310:experience10:challenges22:behavioural-compe\
      tency1:01:017:strengths-in-role109:Which two of your strengths would matter most as {a_po\
      sition}, and where have they made a visible difference?3:1201:01:271:Which of those stren\
      gths would your current team say they rely on most?42:When has that strength worked again\
      st you?1:293:Strengths chosen for this role rather than a generic list, each backed by a \
      specific example.61:Self-awareness that a strength overused can become a problem.1:39:str\
      engths22:behavioural-competency14:self-awareness1:01:013:real-weakness78:What is a genuin\
      e weakness of yours, and what are you actively doing about it?3:1201:01:260:How would we \
      notice that weakness in your first months here?50:What has improved since you started wor\
      king on it?1:272:A real development area, not a disguised boast such as working too hard.\
      88:Evidence of a concrete plan and progress, and a weakness that is not central to the jo\
      b.1:310:weaknesses14:self-awareness22:behavioural-competency1:01:019:difficult-colleague1\
      17:Describe a difficult situation with a colleague or a manager. What was the friction ab\
      out, and how did you handle it?3:1501:01:246:How is your relationship with that person no\
      w?56:Looking back, what part of the friction was down to you?1:273:Stays professional and\
       fair about the other person; no blaming or gossip.99:Raised the issue directly and early\
      , listened, and steered towards a workable outcome for the work.1:38:conflict13:team-dyna\
      mics22:behavioural-competency1:01:025:mistake-with-consequences103:Tell me about a mistak\
      e you made at work that had real consequences. What did you do once you realised?3:1201:0\
      1:234:Who did you tell, and how quickly?55:What did you put in place so it could not happ\
      en again?1:266:Owns the mistake plainly, without minimising it or shifting blame.86:Speed\
       and transparency in the response, and a lasting fix rather than just an apology.1:38:mis\
      takes14:accountability10:experience1:01:022:pressure-and-deadlines114:Walk me through the\
       tightest deadline you have had to meet. How did you decide what to protect and what to l\
      et go?3:1201:01:254:How did you keep the people depending on you informed?52:What did tha\
      t stretch cost you, and was it worth it?1:272:Deliberate prioritisation and trade-offs, n\
      ot just working longer hours.88:Stays calm, communicates early when scope or dates are at\
       risk, and looks after quality.1:38:pressure14:prioritisation22:behavioural-competency1:0\
      1:025:leading-without-authority89:Give me an example of getting people to follow your lea\
      d when they did not report to you.3:1201:01:247:Who resisted, and how did you bring them \
      round?58:What would you do differently if you had formal authority?1:278:Influence throug\
      h clarity, credibility and listening rather than pulling rank.84:Shared credit with other\
      s and a result that lasted after the candidate stepped back.1:310:leadership9:influence22\
      :behavioural-competency1:01:025:team-success-contribution100:Tell me about a team success\
       you were part of. What would have gone worse if you had not been there?3:1201:01:252:How\
       did the team split up the work, and who decided?51:What did you learn from a teammate on\
       that project?1:269:Separates 'I' from 'we' so the candidate's own contribution is clear.\
      83:Generous about others and shows an understanding of how the team worked as a whole.1:3\
      8:teamwork10:experience13:team-dynamics1:01:024:decision-with-trade-offs94:Describe an im\
      portant decision you made where every option had a downside. How did you choose?3:1201:01\
      :262:Who did you consult, and who did you deliberately not consult?51:How did you find ou\
      t whether it was the right call?1:264:A structured way of weighing options, risks and who\
       is affected.77:Willing to commit, explain the decision and revisit it when new facts arr\
      ive.1:215:decision-making22:behavioural-competency1:01:018:adapting-to-change103:Tell me \
      about a time when your priorities, tools or team structure changed suddenly. How did you \
      adapt?3:1201:01:239:What did you find hardest to let go of?42:How did you help others aro\
      und you adjust?1:273:Accepts change without drama, gets up to speed fast and stays produc\
      tive.93:Constructive about concerns \u{2014} raises them through the right channels, then\
       gets on with it.1:212:adaptability22:behavioural-competency1:01:026:critical-feedback-re\
      ceived105:What is the most useful critical feedback you have received, and what changed i\
      n your work because of it?3:1201:01:232:How did you react in the moment?56:How did the pe\
      rson who gave it know you had acted on it?1:277:Receives feedback without getting defensi\
      ve and turns it into visible change.66:A recent, specific example rather than a vague one\
       from years ago.1:38:feedback8:learning14:self-awareness1:01:023:revisit-first-interview1\
      12:Having had time to think since our first conversation, is there an answer you would li\
      ke to expand on or change?2:901:01:284:What have you learned about {company} since then t\
      hat changed your view of the role?69:Was there a question last time that you felt you did\
       not answer well?1:295:Shows the candidate reflected on the first round, ideally from not\
      es taken straight afterwards.121:A chance to close gaps the panel may still be worried ab\
      out; calm, specific additions land better than a nervous rewrite.1:220:first-round-concer\
      ns10:reflection1:01:016:cv-gap-explained115:There is a gap on your CV between two roles t\
      hat we only touched on last time. Can you walk me through that period?2:901:01:261:What d\
      id you do to keep your skills current during that time?58:What made you decide it was the\
       right moment to come back?1:266:A brief, honest and unapologetic explanation, without ov\
      ersharing.74:Anything useful done in that time, and clear readiness and commitment now.1:\
      320:first-round-concerns12:cv-deep-dive10:experience1:01:013:short-tenures87:You moved on\
       from a couple of roles fairly quickly. Help me understand those decisions.3:1201:01:256:\
      What would make you stay at {company} for the long term?61:What did you learn about choos\
      ing employers from those moves?1:261:Reasons that make sense without criticising former e\
      mployers.83:Evidence of a pattern of learning, and credible reasons why this move is diff\
      erent.1:320:first-round-concerns12:cv-deep-dive10:motivation1:01:016:why-this-company84:W\
      hy {company}, and why now? What would you miss out on if you joined somewhere else?3:1201\
      :01:256:What else are you looking at, and how does this compare?49:What is prompting you \
      to leave your current role?1:2102:Specific reasons grounded in research \u{2014} mission,\
       products, plans, people met \u{2014} not generic praise.85:Motivation that pulls towards\
       this role rather than simply away from the current job.1:210:motivation17:company-knowle\
      dge1:01:014:five-year-view109:Where would you like your career to be in five years, and h\
      ow would this {position} role move you towards it?3:1201:01:241:What would you need from \
      us to get there?51:What would make you feel you had outgrown the role?1:270:Ambition that\
       fits realistically with the paths the company can offer.95:A thoughtful direction rather\
       than a fixed job title, and a sense they intend to stay and grow.1:215:long-term-goals10\
      :motivation1:01:022:plan-first-ninety-days88:If you joined as {a_position} next month, wh\
      at would you focus on in your first 90 days?3:1501:01:261:What would you deliberately not\
       change in those first months?52:How would you know by day 90 that you were on track?1:21\
      04:Listens and learns first, builds relationships, then picks a few early wins tied to wh\
      at the team needs.87:Draws on what was learned about the role in both interviews rather t\
      han a generic plan.1:310:onboarding6:impact10:experience1:01:017:reference-preview111:Whe\
      n we speak to your referees, what will they say you do best, and where will they say you \
      still need to grow?2:901:01:267:Who would be the most honest referee for your recent work\
      , and why?79:Is there anything a referee might mention that you would like to explain fir\
      st?1:282:Consistency with everything said so far; no surprises once references are checke\
      d.63:Candour about development areas shows confidence, not weakness.1:310:references14:se\
      lf-awareness20:first-round-concerns1:01:014:why-choose-you83:We are down to a small short\
      list. Why should we choose you for the {position} role?2:901:01:273:What is the one thing\
       you want us to remember when we compare candidates?60:What would you add to this team th\
      at it does not have today?1:276:A concise value proposition linking proven results to the\
       role's main needs.80:Confident without running down other candidates, and ends on genuin\
      e enthusiasm.1:217:value-proposition10:motivation1:01:09:technical27:Technical & problem-\
      solving9:Team lead3:1806:random1:36:action1:351:Which bit of that did you build or decide\
       yourself?66:What was your hands-on part, as opposed to the rest of the team's?76:If I we\
      nt through the work afterwards, which pieces would I find were yours?10:quantified1:351:H\
      ow did you measure whether it was actually better?75:Did you have numbers before and afte\
      r \u{2014} speed, errors, cost, hours saved?59:What would you have watched to tell whethe\
      r it was working?6:result1:337:And did it work? Where did it end up?63:What was the end s\
      tate \u{2014} what actually shipped, or got fixed?57:How did that one finish? Is it still\
       done that way today?2:1821:cv-project-end-to-end142:Pick one project from your CV and ta\
      ke me through it end to end \u{2014} the goal, your approach, the decisions you personall\
      y made and the result.3:2401:01:253:Which decision would you reverse if you did it again?\
      63:What was the hardest technical or practical constraint you hit?1:281:Enough detail to \
      prove real hands-on involvement, not a summary read from the CV.70:Clear ownership of dec\
      isions, with reasoning and trade-offs explained.1:312:cv-deep-dive10:experience17:skills-\
      validation1:01:022:measurable-claim-check137:Choose a measurable achievement on your CV. \
      How was it measured, what was the starting point, and how much of the change was down to \
      you?3:1801:01:271:What else was happening at the time that might also explain the result?\
      44:Who could confirm those numbers if we asked?1:276:Numbers that hold up under questioni\
      ng, with a sensible baseline and method.78:Honest about shared credit and outside factors\
      ; claims match what the CV says.1:312:cv-deep-dive17:skills-validation12:achievements1:01\
      :022:deepest-tool-knowledge122:Which tool, technology or method on your CV do you know mo\
      st deeply? Tell me about the hardest problem you solved with it.3:1801:01:266:What are it\
      s biggest limitations, and how do you work around them?44:What do beginners usually get w\
      rong with it?1:273:Depth that only comes from real use \u{2014} pitfalls, limits and work\
      arounds.47:Knowledge that matches the level the CV claims.1:217:skills-validation12:cv-de\
      ep-dive1:01:017:self-rated-skills128:On a scale of one to ten, how would you rate yoursel\
      f on the core skills for the {position} role? Now justify your lowest score.3:1801:01:262\
      :What would it take to move that lowest score up by two points?58:Which of your scores wo\
      uld a former manager disagree with?1:265:Realistic self-assessment \u{2014} neither all t\
      ens nor false modesty.77:A concrete plan for the weakest area, and examples behind the hi\
      ghest scores.1:217:skills-validation14:self-awareness1:01:017:missing-skill-gap145:In the\
       first round we noticed you have not worked much with one of the skills this role relies \
      on. How would you close that gap, and how quickly?3:1801:01:279:Tell me about the last ti\
      me you had to learn something new under time pressure.48:What in your background transfer\
      s most directly?1:295:Acknowledges the gap without getting defensive, and shows a credibl\
      e, time-bound learning plan.89:Evidence of learning fast in the past, and transferable ex\
      perience that reduces the risk.1:320:first-round-concerns17:skills-validation8:learning1:\
      01:027:unfamiliar-problem-approach84:When you are handed a problem you have never seen be\
      fore, what are your first steps?3:1801:01:264:How do you decide when to ask for help rath\
      er than keep digging?67:Give me a recent example where that approach worked \u{2014} or d\
      id not.1:282:A repeatable method \u{2014} clarify the goal, gather facts, break it down, \
      test ideas.58:Knows when to involve others and checks assumptions early.1:115:problem-sol\
      ving1:01:015:root-cause-hunt90:Tell me about a problem where the first fix did not work. \
      How did you find the real cause?3:1801:01:225:What misled you at first?33:What would have\
       caught it sooner?1:274:Persistence and structured elimination rather than random trial a\
      nd error.65:A durable fix and a change to prevent a repeat, not just a patch.1:315:proble\
      m-solving10:challenges10:experience1:01:022:hardest-recent-problem79:What is the hardest \
      professional problem you have solved in the last two years?3:1801:01:253:Why was it hard \
      \u{2014} technically, politically or both?49:What did solving it teach you that you still\
       use?1:280:A problem that is genuinely difficult for this level of role, explained clearl\
      y.68:Shows how the candidate thinks, not just that the problem went away.1:310:challenges\
      15:problem-solving10:experience1:01:027:scenario-competing-requests145:Scenario \u{2014} \
      two senior stakeholders each need their piece of work finished first, and you only have c\
      apacity for one this month. What do you do?3:1801:01:242:What if both of them outrank you\
      r manager?40:How do you tell the one who has to wait?1:297:Clarifies business impact and \
      deadlines before choosing, and escalates transparently when needed.99:Keeps both stakehol\
      ders informed and looks for partial options rather than silently picking a side.1:38:scen\
      ario14:prioritisation15:decision-making1:01:023:scenario-inherited-work162:Scenario \
      \u{2014} you inherit a piece of work that is behind schedule, poorly documented and owned\
       by someone who has just left. What do you do in the first two weeks?3:1801:01:268:What w\
      ould you tell the people waiting on it during those two weeks?60:When would you recommend\
       restarting rather than rescuing it?1:282:Assesses the real state before promising anythi\
      ng, then resets expectations early.87:Finds the people with context, records what they le\
      arn and stabilises before improving.1:38:scenario15:problem-solving9:ownership1:01:022:sc\
      enario-early-mistake125:Scenario \u{2014} in your second week, something you changed caus\
      es a problem for customers and your lead is away. What do you do?3:1801:01:222:Who do you\
       tell first?35:What would you write up afterwards?1:294:Limits the damage first, then rai\
      ses the alarm quickly \u{2014} hiding it is the only wrong answer.89:Takes ownership, fol\
      lows the team's procedures and focuses on learning rather than blame.1:38:scenario8:mista\
      kes9:ownership1:01:025:case-study-falling-metric166:Case study \u{2014} a key number your\
       team is responsible for has dropped by fifteen percent over a month, and nobody knows wh\
      y. Walk me through how you would investigate.3:2401:01:243:What is the first thing you wo\
      uld rule out?64:How would you keep senior people informed while you investigate?1:2122:St\
      ructured thinking \u{2014} check the data itself, segment the drop, line it up with recen\
      t changes, form and test hypotheses.96:Says out loud what they would need to know and mak\
      es reasonable assumptions instead of freezing.1:310:case-study15:problem-solving8:analysi\
      s1:01:025:case-study-fixed-deadline147:Case study \u{2014} the launch date is fixed, the \
      scope keeps growing and quality is starting to slip. You have the team you have. How do y\
      ou handle it?3:2401:01:249:What would you cut first, and who needs to agree?75:How would \
      you explain the trade-off to someone senior who wants everything?1:286:Makes the trade-of\
      f between scope, time and quality explicit and negotiates it openly.81:Protects what matt\
      ers most to users or customers and documents what was deferred.1:310:case-study15:decisio\
      n-making14:prioritisation1:01:018:assessment-debrief145:Talk me through how you approache\
      d the exercise or assessment for this round. What trade-offs did you make, and what would\
       you do with more time?3:2101:01:236:Which part are you least happy with?66:If a colleagu\
      e reviewed your work, what would they question first?1:259:Can explain and defend choices\
      , not just hand in an answer.94:Open about weak spots and receptive to challenge \u{2014}\
       this is how they will behave in a review.1:317:skills-validation10:case-study10:assessme\
      nt1:01:027:decide-with-incomplete-data91:How do you make a decision when the information \
      is incomplete and waiting is not an option?3:1501:01:262:Give me an example where you got\
       it wrong. What happened next?55:How do you make the decision easy to reverse if needed?1\
      :284:Separates reversible from irreversible decisions and moves faster on the first kind.\
      65:States the assumptions made and sets a point to check them again.1:215:decision-making\
      15:problem-solving1:01:019:explain-to-newcomer110:Explain a complex part of your work to \
      me as if I were a new colleague from a completely different department.3:1801:01:232:What\
       did you leave out, and why?49:How would you check that I had really understood?1:263:Cle\
      ar, jargon-free explanation that still shows real expertise.70:Adapts to the listener and\
       checks understanding rather than lecturing.1:213:communication17:skills-validation1:01:0\
      18:own-quality-checks58:How do you check your own work before anyone else sees it?3:1201:\
      01:250:Tell me about something that got past your checks.43:How do you balance thoroughne\
      ss with speed?1:294:Concrete habits \u{2014} checklists, tests, peer review, a second rea\
      d \u{2014} not 'I am very careful'.54:Adjusts the level of checking to the risk of the wo\
      rk.1:27:quality17:skills-validation1:01:019:skills-kept-current135:How do you keep your p\
      rofessional skills current? Tell me about a course, certification or piece of training th\
      at changed how you work.3:1201:01:236:What are you learning at the moment?49:How did you \
      apply it at work straight afterwards?1:269:A habit of ongoing learning, not only training\
       the employer required.53:Learning applied to real work, with a visible result.1:38:learn\
      ing14:certifications17:skills-validation1:01:07:culture18:Culture & team fit9:Team lead2:\
      906:random1:26:action1:343:What did you do yourself in that situation?56:And what was you\
      r part in it \u{2014} what did you say or do?67:How did you handle it personally, rather \
      than the group as a whole?6:result1:346:How did that work out for the team in the end?53:\
      And what came of it \u{2014} did anything actually change?53:Did it stick, or did things \
      drift back after a while?2:1817:company-knowledge117:What do you know about {company} \
      \u{2014} what we do, where we are heading and anything recent that caught your attention?\
      3:1201:01:253:What do you think is our biggest challenge right now?58:Who have you spoken\
       to about what it is like to work here?1:2102:Research beyond the home page \u{2014} rece\
      nt news, plans for the future, what current or former staff say.54:Connects what they fou\
      nd to how they could contribute.1:317:company-knowledge7:culture8:research1:01:020:values\
      -that-resonate95:Which of our values resonates with you most, and where has it already sh\
      own up in how you work?2:901:01:254:Which of our values would you find hardest to live by\
      ?48:How would your colleagues see that value in you?1:266:Knows the company's stated valu\
      es and links one to a real example.57:Genuine alignment rather than repeating the website\
       back.1:26:values7:culture1:01:021:values-under-pressure107:Tell me about a time when som\
      ething you were asked to do clashed with your own principles. What did you do?3:1201:01:2\
      21:What did it cost you?35:Would you make the same call again?1:273:Integrity, with the i\
      ssue raised constructively through the right people.78:Judgement about what is a real eth\
      ical line versus a difference of preference.1:36:values9:integrity8:conflict1:01:016:best\
      -environment64:Describe the working environment in which you do your best work.2:901:01:2\
      36:What kind of environment drains you?47:How did you cope the last time you were in one?\
      1:299:An honest answer that can be compared with how the team really works \u{2014} fit m\
      atters on both sides.53:Flexibility to do well in less-than-ideal conditions.1:27:culture\
      13:working-style1:01:020:sustainable-workload92:How do you keep your workload sustainable\
       so you stay effective over months, not just weeks?2:901:01:247:What do you do when a bus\
      y period does not end?33:How do you switch off after work?1:277:Healthy boundaries togeth\
      er with willingness to step up when it truly counts.63:Raises workload problems early rat\
      her than quietly burning out.1:217:work-life-balance9:wellbeing1:01:017:remote-and-hybrid\
      133:How do you like to split your time between home and the office, and how do you stay c\
      onnected to colleagues you do not see every day?2:901:01:277:What has gone wrong for you \
      in remote collaboration, and what did you change?63:How do you make your work visible whe\
      n you are not in the room?1:280:Clear, realistic preferences that can be checked against \
      the team's arrangement.87:Proactive communication habits \u{2014} written updates, regula\
      r check-ins, being reachable.1:311:remote-work13:communication17:work-life-balance1:01:01\
      5:usual-team-role113:What role do you usually end up playing in a team, and how do you ad\
      just when the team needs something different?2:901:01:250:Which roles do you find hardest\
       to work alongside?50:What would your last team say they miss about you?1:241:Self-awaren\
      ess about their natural style.75:Willingness to flex for the team's needs rather than ins\
      isting on one role.1:313:team-dynamics8:teamwork14:self-awareness1:01:017:peers-in-confli\
      ct118:Two people on your team are openly at odds and it is slowing everyone down. You are\
       not their manager. What do you do?2:901:01:244:At what point would you involve the manag\
      er?48:What if one of them asks you to take their side?1:278:Stays neutral, refocuses on s\
      hared goals and encourages them to talk directly.58:Knows when to escalate and avoids gos\
      sip or picking sides.1:38:conflict13:team-dynamics8:scenario1:01:020:disagree-then-commit\
      127:Tell me about a time you disagreed with a decision made above you. How did you raise \
      it, and what did you do once it was final?3:1201:01:255:How did you talk about the decisi\
      on with your own team?42:Were you proved right or wrong in the end?1:283:Speaks up respec\
      tfully with evidence, then commits fully once the decision is made.45:No undermining or '\
      I told you so' afterwards.1:38:conflict8:feedback13:team-dynamics1:01:020:giving-hard-fee\
      dback76:How do you give a peer difficult feedback they probably do not want to hear?2:901\
      :01:239:Tell me about the last time you did it.45:How did they react, and what did you do\
       then?1:267:Timely, private, specific, about behaviour rather than personality.65:Cares a\
      bout the relationship and follows up on what happens next.1:38:feedback13:communication13\
      :team-dynamics1:01:020:feedback-preferences97:How do you prefer to receive feedback, and \
      what should a new manager know about working with you?2:901:01:253:What is the worst way \
      someone has given you feedback?53:How often would you like check-ins with your manager?1:\
      259:Open to feedback and clear about what helps them act on it.89:A realistic picture of \
      the support they need \u{2014} neither high maintenance nor closed off.1:28:feedback13:wo\
      rking-style1:01:019:communication-style108:How would colleagues describe your communicati\
      on style, and what might occasionally frustrate them about it?2:901:01:248:How do you ada\
      pt when writing for senior people?65:What have you changed about how you communicate in t\
      he last year?1:249:Honest self-knowledge, including a real downside.45:Adapts style to th\
      e audience and the channel.1:313:communication13:team-dynamics14:self-awareness1:01:019:c\
      ross-team-friction112:Describe working closely with another department whose priorities d\
      id not match yours. How did you make it work?3:1201:01:252:What did you learn about how t\
      he other team saw you?59:What would you set up differently from the start next time?1:265\
      :Makes the effort to understand the other team's goals and limits.70:Builds relationships\
       before they are needed and looks for shared wins.1:38:teamwork13:collaboration13:team-dy\
      namics1:01:019:everyday-motivation79:What keeps you motivated on an ordinary day when not\
      hing exciting is happening?2:901:01:236:What reliably kills your motivation?45:How much o\
      f that would you find in this role?1:259:Drivers that match what the job actually offers \
      day to day.67:Self-motivation that does not depend on constant novelty or praise.1:210:mo\
      tivation13:working-style1:01:013:long-term-fit99:How does {company} fit into your longer-\
      term plans, and what would make you want to stay for years?2:901:01:244:What would make y\
      ou start looking elsewhere?72:What kind of growth matters most to you \u{2014} scope, ski\
      lls, title or pay?1:273:Goals that line up with how the company is growing and what it ca\
      n offer.79:Honest about what keeps them engaged, which helps the employer judge retention\
      .1:315:long-term-goals10:motivation9:retention1:01:018:impressions-so-far151:You have now\
       seen more of us \u{2014} the office, some of the team, perhaps lunch with us. What is yo\
      ur honest impression, and has anything given you pause?2:901:01:251:What surprised you co\
      mpared with what you expected?52:Who would you like to meet before making a decision?1:28\
      8:Observant, candid and respectful \u{2014} informal settings are still part of the asses\
      sment.84:Shows the candidate is evaluating the company too, which a serious candidate sho\
      uld.1:37:culture11:impressions13:team-dynamics1:01:013:beyond-the-cv111:Tell me something\
       about yourself that is not on your CV but would help us understand how you would fit in \
      here.2:601:01:230:How does that show up at work?39:What would your closest colleagues add\
      ?1:284:Authenticity and personality \u{2014} the chemistry a team looks for in a second m\
      eeting.47:Brief and relevant, not a rehearsed life story.1:27:culture11:personality1:01:0\
      14:welcoming-team109:What have you done to make a team work well for people whose backgro\
      unds or working styles differ from yours?2:901:01:254:What did you change in your own beh\
      aviour as a result?58:How do you make sure quieter voices are heard in meetings?1:251:Con\
      crete actions rather than statements of support.74:Curiosity about other perspectives and\
       awareness of their own blind spots.1:37:culture9:inclusion13:team-dynamics1:01:06:salary\
      18:Salary & the offer10:HR partner2:9010:as-written1:112:names_figure1:462:I appreciate t\
      hat. Is there a figure you have in mind, though?74:So I can take this back to the team, w\
      hat number would you be looking for?80:Could you give me a range, even a rough one, so we\
       know we're in the same place?77:What base salary would you need to see in an offer from \
      {company} to say yes?2:1819:salary-expectations54:What salary are you expecting for the {\
      position} role?2:901:01:233:How did you arrive at that range?54:Is that figure base salar\
      y only, or the whole package?1:2103:A researched range for this title, location and level\
       of experience, stated calmly and without apology.123:Anchor sensibly \u{2014} the bottom\
       of the range should be a figure you would genuinely accept, with room above it to negoti\
      ate.1:319:salary-expectations11:negotiation8:research1:01:014:current-salary42:What are y\
      ou earning in your current role?2:601:01:237:Does that include bonus or other pay?56:How \
      does that compare with what you are asking for here?1:294:Honesty if the candidate choose\
      s to share; never inflate a figure that could be checked later.117:A polite redirect to t\
      he value of this role and the market range is acceptable, and legally protected in some p\
      laces.1:219:salary-expectations11:negotiation1:119:salary-expectations1:018:justify-the-n\
      umber75:That is towards the top of our band for this role. What makes you worth it?2:901:\
      01:276:What would you need to see to feel comfortable with a figure a little lower?67:Wha\
      t would you deliver in the first year that justifies that level?1:292:Links the figure to\
       market data and to the specific value they bring, not to personal costs.74:Stays relaxed\
       and constructive \u{2014} this is a negotiation, not a rejection.1:319:salary-expectatio\
      ns11:negotiation17:value-proposition1:119:salary-expectations1:16:figure24:budget-below-e\
      xpectation91:Our budget for this role tops out below the figure you mentioned. Where does\
       that leave us?2:901:01:255:Which parts of the package could close the gap for you?56:Wou\
      ld a salary review after six months change your view?1:2112:Looks at total compensation \
      \u{2014} bonus, benefits, flexibility, review dates \u{2014} rather than walking away at \
      once.61:Knows their walk-away point in advance and holds it politely.1:311:negotiation18:\
      total-compensation5:offer1:119:salary-expectations1:16:figure18:total-compensation64:Beyo\
      nd base salary, which parts of a package matter most to you?2:901:01:266:How would you va\
      lue a bonus or equity compared with a higher base?69:Is there anything you are giving up \
      by leaving your current employer?1:2109:Understands the whole package \u{2014} base, bonu\
      s, commission, equity, pension, leave \u{2014} and what each is worth.73:Clear priorities\
       make it easier for both sides to find a deal that works.1:38:benefits18:total-compensati\
      on19:salary-expectations1:119:salary-expectations1:019:benefits-priorities65:Which benefi\
      ts are essential for you, and which are nice to have?2:601:01:268:Is there a benefit you \
      have now that you would find hard to give up?72:Are there any questions about our healthc\
      are, pension or holiday policy?1:2109:Clear, reasonable priorities \u{2014} for example h\
      ealthcare, retirement contributions, holiday or parental leave.58:Asks how each benefit a\
      ctually works rather than assuming.1:18:benefits1:01:022:flexibility-versus-pay79:How wou\
      ld you weigh flexible hours or more remote days against a higher salary?2:601:01:260:What\
       flexibility would be a deal-breaker if it were missing?47:What about development budget \
      or training time?1:2125:Perks such as flexible schedules, remote options, learning budget\
      s or wellness support have real value and can be negotiated.76:Honest about trade-offs, w\
      hich helps the employer build an offer that lands.1:48:benefits11:remote-work17:work-life\
      -balance11:negotiation1:01:020:variable-pay-comfort106:Part of the pay for this role is v\
      ariable, through bonus or commission. How comfortable are you with that?2:901:01:254:What\
       would you want to know about how targets are set?51:What percentage of people usually hi\
      t their target?1:280:Asks about targets, how payouts have worked historically and when th\
      ey are paid.60:Judges the guaranteed part of the package on its own merits.1:318:total-co\
      mpensation5:offer11:negotiation1:01:023:approach-to-negotiation93:If our offer comes in l\
      ower than you hoped, how would you approach that conversation with us?2:901:01:229:What w\
      ould you ask for first?41:At what point would you stop negotiating?1:296:Respectful, evid\
      ence-based and collaborative \u{2014} aiming for a result both sides feel good about.60:P\
      rioritises one or two asks instead of reopening everything.1:211:negotiation5:offer1:119:\
      salary-expectations1:015:other-processes59:Are you interviewing elsewhere or holding any \
      other offers?2:601:01:234:How far along are those processes?37:What would make us your fi\
      rst choice?1:296:Honest and discreet \u{2014} no company names needed, and no bluffing ab\
      out offers that do not exist.94:Shares timelines so the employer can move in time, while \
      making clear this role is a priority.1:312:other-offers11:negotiation5:offer1:01:013:coun\
      ter-offer81:If your current employer makes a counter-offer when you resign, what will you\
       do?2:601:01:230:Has it happened to you before?42:What would they have to offer to keep y\
      ou?1:295:Reasons for moving that go beyond money, so a counter-offer is unlikely to chang\
      e the decision.79:A straight answer that reassures the employer the candidate will actual\
      ly join.1:313:counter-offer10:motivation11:negotiation1:01:018:accept-on-the-spot78:If we\
       offered you the role today, within the range you gave, would you accept?2:901:01:245:Wha\
      t would you need to see before saying yes?34:What, if anything, would stop you?1:294:Than\
      ks them and shows enthusiasm, but asks to see the full offer in writing before committing\
      .88:Accepts or declines deliberately \u{2014} a rushed yes can leave important terms undi\
      scussed.1:25:offer11:negotiation1:119:salary-expectations1:16:figure17:decision-timeline6\
      5:Once we send you an offer, how much time will you need to decide?2:601:01:245:Who else \
      do you need to talk it through with?65:Is anything in your other processes likely to affe\
      ct that timing?1:291:Asks for a specific, reasonable window \u{2014} usually a few workin\
      g days \u{2014} and sticks to it.84:Respects the employer's timeline while leaving enough\
       time to review the full terms.1:25:offer17:decision-timeline1:01:019:written-offer-terms\
      96:Before you sign, is there anything you need to see spelled out in the written offer or\
       contract?2:601:01:272:How do you usually review a contract \u{2014} on your own or with \
      an advisor?53:Which terms would you want to discuss before signing?1:2113:Gets every agre\
      ed element \u{2014} salary, bonus, benefits, start date, job title, any review promised \
      \u{2014} in writing.82:Checks probation, notice and restrictive clauses calmly rather tha\
      n after signing.1:35:offer8:contract11:negotiation1:01:013:notice-period63:What is your n\
      otice period, and is there any flexibility in it?2:601:01:249:Would your employer let you\
       leave early if asked?47:Do you have holiday owed that would shorten it?1:2121:Knows the \
      exact contractual notice and plans to honour it \u{2014} a candidate who would walk out e\
      arly may do the same to us.67:Realistic about what could be negotiated with the current e\
      mployer.1:213:notice-period10:start-date1:01:014:earliest-start123:When could you realist\
      ically start, and are there commitments \u{2014} holidays, courses, family plans \u{2014}\
       we should know about?2:601:01:239:Would a phased or later start help you?54:Is there any\
      thing you would want to do before day one?1:269:A firm, honest date that accounts for not\
      ice and any booked time off.94:Flags commitments now so they can be built into the offer \
      rather than surprising anyone later.1:310:start-date13:notice-period5:offer1:01:021:trave\
      l-and-relocation102:The role may involve some travel, and possibly a move later on. How d\
      oes that fit with your situation?2:601:01:234:How much travel would be too much?52:What s\
      upport would you expect if relocation came up?1:261:A clear, honest answer now avoids a m\
      ismatch after the offer.90:Asks what support is offered \u{2014} relocation costs, travel\
       policy \u{2014} rather than guessing.1:310:relocation6:travel8:benefits1:01:018:referenc\
      e-go-ahead115:Before a formal offer we take up references. Who should we speak to, and is\
       there anyone we should not contact yet?2:601:01:262:When would it be appropriate to cont\
      act your current employer?42:Have your referees agreed to be contacted?1:268:Referees pre\
      pared in advance who can speak to recent, relevant work.93:Protects the current job by as\
      king that the present manager is contacted only after an offer.1:210:references5:offer1:0\
      1:09:questions21:Your questions for us14:Hiring manager2:606:random1:02:2322:ask-values-i\
      n-practice101:Which values really drive how decisions get made at {company}, and when did\
       you last see them tested?2:901:01:272:How do you encourage people to keep those values a\
      live in everyday work?44:Could you give me an example from this team?1:291:Shows how the \
      stated values work in practice \u{2014} listen for a specific story, not a slogan.64:Hesi\
      tation or vague answers can be as telling as a good example.1:311:ask-company6:values7:cu\
      lture1:01:021:ask-company-direction89:Where do you see {company} in the next two or three\
       years, and what could get in the way?2:601:01:246:How would this team's work change as a\
       result?48:What is the company investing in most right now?1:276:Reveals strategy, stabil\
      ity and ambition, and how openly leaders share them.81:Listen for how the growth plans co\
      nnect to the role and your own long-term goals.1:311:ask-company8:strategy15:long-term-go\
      als1:01:023:ask-industry-challenges110:What do you see as the biggest challenge facing th\
      e industry right now, and how is {company} responding to it?2:601:01:252:How does that ch\
      allenge affect this team day to day?59:Where do you think the company is ahead of its com\
      petitors?1:2101:Shows you follow the wider market, and gives a view of how the company ha\
      ndles change and innovation.50:Hints at the pressures you would be working under.1:211:as\
      k-company8:industry1:01:018:ask-sustainability97:How does {company} approach sustainabili\
      ty and its environmental impact in day-to-day operations?2:601:01:236:How do you measure \
      progress on that?88:Is there a recent project with sustainability at its heart that you c\
      ould tell me about?1:2125:Signals what you care about and shows whether the company treat\
      s its wider responsibilities as a priority or an afterthought.65:Listen for measurable co\
      mmitments rather than general intentions.1:311:ask-company14:sustainability6:values1:01:0\
      16:ask-typical-week59:What would a typical week look like for me as {a_position}?2:601:01\
      :265:How much of the time goes on meetings compared with focused work?51:What part of the\
       job is not in the job description?1:296:Gets beyond the advert to the real daily work, s\
      o you can judge whether it suits your strengths.80:Listen for surprises \u{2014} hidden r\
      esponsibilities, heavy admin or on-call duties.1:112:ask-position1:01:020:ask-success-mea\
      sures87:How will success in this role be measured, and which numbers or indicators matter\
       most?2:601:01:247:How often is performance reviewed, and by whom?78:What separates someo\
      ne who is good in this role from someone who is excellent?1:291:Tells you exactly what yo\
      u would be judged on and whether those expectations are realistic.76:A hiring manager wit\
      h no clear answer may not have a clear idea of the role.1:212:ask-position11:performance1\
      :01:017:ask-first-90-days63:What does success look like in the first 90 days for this rol\
      e?2:601:01:244:What support would I have during onboarding?70:Is there an early priority \
      you would want me to take on straight away?1:289:Shows you are already thinking about del\
      ivering, and reveals how onboarding really works.69:Listen for whether expectations are c\
      lear and achievable in the time.1:212:ask-position10:onboarding1:01:019:ask-role-in-missi\
      on66:How does this position contribute to the wider goals of {company}?2:601:01:256:Which\
       senior people see the results of this role's work?57:How has the role's importance chang\
      ed over the last year?1:285:Shows how visible and valued the role is and how your work wo\
      uld affect the business.65:Helps you check that the role fits your own values and ambitio\
      ns.1:212:ask-position11:ask-company1:01:017:ask-why-role-open69:Why is this role open, an\
      d what is the hardest part of doing it well?2:601:01:262:What did the previous person in \
      the role do particularly well?59:What would you most like the next person to do different\
      ly?1:257:Uncovers growth, turnover or problems behind the vacancy.71:An honest account of\
       the difficulties is a good sign about the manager.1:212:ask-position10:challenges1:01:01\
      9:ask-cross-team-work63:How does this team work and communicate with other departments?2:\
      601:01:243:Which teams would I work with most closely?49:What happens when priorities bet\
      ween teams clash?1:284:Reveals communication channels, working style and chances for cros\
      s-functional work.45:Listen for friction points you would inherit.1:38:ask-team13:team-dy\
      namics13:collaboration1:01:023:ask-collaboration-story106:Could you tell me about a recen\
      t project where several teams had to pull together to solve a hard problem?2:901:01:245:W\
      hat made that collaboration work \u{2014} or not?65:How does the company encourage that k\
      ind of cooperation normally?1:283:A real story shows the management philosophy far better\
       than a general description.65:Compare the way they describe teamwork with how you like t\
      o work.1:38:ask-team11:ask-company13:collaboration1:01:017:ask-manager-style94:How would \
      you describe your management style, and how does the team give and receive feedback?2:601\
      :01:236:How often would we have one-to-ones?58:How would you describe the people I would \
      be working with?1:2108:Your manager shapes your daily experience more than anything else \
      \u{2014} listen for fit with how you work best.87:Regular, two-way feedback is a good sig\
      n; 'we do it at the annual review' is a warning.1:38:ask-team8:feedback13:team-dynamics1:\
      01:020:ask-flexible-working65:How does the team handle remote and flexible working in pra\
      ctice?2:601:01:240:Are there core hours or set office days?50:How do you keep people who \
      work remotely included?1:254:Checks the written policy against what really happens.64:Lis\
      ten for signs of the working hours and pace the team expects.1:38:ask-team11:remote-work1\
      7:work-life-balance1:01:028:ask-professional-development98:How does {company} support pro\
      fessional development \u{2014} training, mentoring, conferences or study?2:601:01:265:Is \
      there a personal development budget, and how do people use it?71:Can you give an example \
      of someone who grew their skills here recently?1:2111:Shows you intend to grow with the c\
      ompany; the answer shows whether development is funded or just talked about.72:Listen for\
       concrete programmes, budgets and time set aside for learning.1:215:ask-development8:lear\
      ning1:01:016:ask-career-paths54:Where have people who did well in this role gone next?2:6\
      01:01:227:How are promotions decided?39:How often do people move between teams?1:283:Real\
       examples reveal whether progression is possible and how long it tends to take.103:Links \
      the role to your own long-term goals without sounding as if you are already planning to l\
      eave it.1:215:ask-development15:long-term-goals1:01:021:ask-package-structure116:Could yo\
      u walk me through how the package for this role is structured \u{2014} base, any bonus, a\
      nd how pay reviews work?2:901:01:230:When is the next review cycle?26:How are pay rises d\
      ecided?1:2117:Asked calmly and late in the conversation, this is a reasonable, profession\
      al question at the second-interview stage.64:Understand the total compensation, not just \
      the headline figure.1:216:ask-compensation18:total-compensation1:01:022:ask-benefits-and-\
      perks66:Beyond salary, which benefits and perks do people here value most?2:601:01:248:Ho\
      w does the holiday allowance work in practice?52:Are there benefits that grow with length\
       of service?1:2117:A tactful way to learn about healthcare, pension, leave, flexibility a\
      nd extras such as wellness or learning budgets.82:The answer also says something about th\
      e culture and what the company prioritises.1:216:ask-compensation8:benefits1:01:024:ask-f\
      lexibility-in-offer81:If we both feel the fit is right, is there flexibility in the salar\
      y or benefits?2:601:01:242:Which elements tend to be negotiable here?42:Who makes the fin\
      al decision on the offer?1:287:Phrased around mutual fit, it opens the door to negotiatio\
      n without sounding demanding.79:Tells you early whether the package is fixed or negotiabl\
      e, so you can prepare.1:216:ask-compensation11:negotiation1:01:014:ask-next-steps80:What \
      happens after today, and what should I expect from the rest of the process?2:451:01:263:W\
      ill there be another round, an assessment or reference checks?49:Is there anything I can \
      send you in the meantime?1:276:Shows you are engaged and proactive, and tells you what to\
       prepare for next.73:Listen for references or background checks so you can warn your refe\
      rees.1:118:ask-hiring-process1:01:021:ask-decision-timeline77:When are you hoping to make\
       a decision, and how will you let candidates know?2:451:01:261:If I have not heard by the\
      n, is it fine to check in with you?37:Is the start date for the role fixed?1:255:Lets you\
       manage other processes and offers in parallel.73:If the date passes without news, a shor\
      t, polite check-in is appropriate.1:218:ask-hiring-process5:offer1:01:022:ask-remaining-c\
      oncerns99:Is there anything about my background or experience that gives you pause, that \
      I could address now?2:601:01:251:Is there anything I could send you that would help?56:Ho\
      w do I compare with what you had in mind for the role?1:2116:Brings hidden doubts into th\
      e open while you can still answer them \u{2014} respond calmly with facts, not defensiven\
      ess.77:Whatever comes up is also worth addressing briefly in your thank-you message.1:218\
      :ask-hiring-process20:first-round-concerns1:01:020:ask-who-else-to-meet108:Who else will \
      I meet before a decision is made, and is there anyone in the team you would suggest I tal\
      k to?2:601:01:238:What will each of them be looking for?65:Would it be possible to spend \
      time with the team before an offer?1:2100:Helps you prepare for the remaining stakeholder\
      s and shows interest in the people, not only the job.62:An offer to meet future colleague\
      s is a good sign of openness.1:218:ask-hiring-process8:ask-team1:01:021:ask-follow-up-con\
      tact82:Who is the best person to follow up with, and how would you prefer I get in touch?\
      2:451:01:251:May I have your email address to send a short note?56:Is there anything you \
      would like me to send after today?1:2141:Sets up a thank-you message within a day \
      \u{2014} addressed by name, referring to something specific discussed, restating interest\
       and kept short.126:Afterwards, write down what you were asked and how you answered; thos\
      e notes help with the next round or the next application.1:218:ask-hiring-process9:follow\
      -up1:01:0
      """),
]
