### cares: Cymraeg (Welsh).
### DRAFT TRANSLATION: no qualified translator has checked this file yet. Please help
### check it: correct the words after each "=", keep the ids and the { $names } as
### they are, and set -language-checked to yes once a Welsh speaker has checked it.

-language-name = Cymraeg
-language-direction = ltr
-language-checked = no

## Dyddiadau: 3 Rhagfyr 2026.

date-long = { $day } { $month ->
    [1] Ionawr
    [2] Chwefror
    [3] Mawrth
    [4] Ebrill
    [5] Mai
    [6] Mehefin
    [7] Gorffennaf
    [8] Awst
    [9] Medi
    [10] Hydref
    [11] Tachwedd
   *[12] Rhagfyr
} { $year }

## Yr archwiliad SMART.

finding-no-lead = Pwy fydd yn arwain hyn? Enwch berson neu sefydliad.
finding-no-measure = Sut byddwn ni'n gwybod ei fod wedi gweithio? Ychwanegwch fesur canlyniad.
finding-measure-not-countable = Sut byddwn ni'n ei gyfrif? Ychwanegwch rif, targed neu'r hyn a gaiff ei gyfrif.
finding-vague-timescale = Nid dyddiad yw "{ $written }". Dywedwch pryd y caiff ei wneud neu ei adolygu.
finding-no-timescale-complete = Pryd cafodd hyn ei wneud? Ychwanegwch y dyddiad y cafodd ei gwblhau.
finding-no-timescale = Erbyn pryd? Ychwanegwch ddyddiad.
finding-milestone-undated = Does dim dyddiad gan y garreg filltir "{ $milestone }".
finding-overdue = Roedd hyn i fod erbyn { $due } ac nid yw wedi'i gwblhau. Rhowch sgôr i'w gynnydd neu cytunwch ar ddyddiad newydd.
finding-status-without-evidence = Sgôr { $status ->
    [red] Coch
    [amber] Ambr
   *[green] Gwyrdd
} heb dystiolaeth. Ychwanegwch nodyn neu ddolen sy'n dangos cynnydd.
finding-complete-without-evidence = Wedi'i nodi'n gyflawn heb dystiolaeth. Ychwanegwch yr hyn sy'n dangos iddo gael ei wneud.
finding-vague-action = Beth yn union fydd yn digwydd? Dywedwch beth fydd yn cael ei wneud, fel sgwrs, stondin neu daflen, a ble.

## Pa mor bwysig yw canfyddiad.

severity-gap = Ar goll
severity-vague = Ddim yn glir
severity-follow-up = I'w ddilyn

## `cares audit` i bobl.

audit-title = Archwiliad SMART o "{ $title }", ar { $today }
audit-no-plans = Does dim cynlluniau i'w harchwilio.
audit-plan = Cynllun: { $plan }
audit-no-section = Ddim mewn adran
audit-summary = Crynodeb ar gyfer "{ $plan }": { $actions ->
    [zero] dim camau
    [one] 1 cam
    [two] 2 gam
   *[other] { $actions } cam
}; mae { $smart } yn SMART (arweinydd, mesur y gellir ei gyfrif a dyddiad); mae gan { $flagged } rywbeth i edrych arno.
audit-total = { $count ->
    [0] Dim byd
    [one] 1 peth
    [two] 2 beth
   *[other] { $count } o bethau
} wedi'u canfod i gyd.

## Math o ganfyddiad mewn ychydig eiriau.

finding-phrase-no-lead = dim arweinydd
finding-phrase-no-measure = dim mesur canlyniad
finding-phrase-measure-not-countable = mesur na ellir ei gyfrif
finding-phrase-no-timescale = dim dyddiad
finding-phrase-vague-timescale = amserlen amwys yn unig
finding-phrase-milestone-undated = carreg filltir heb ddyddiad
finding-phrase-overdue = hwyr
finding-phrase-status-without-evidence = sgôr heb dystiolaeth
finding-phrase-complete-without-evidence = cyflawn heb dystiolaeth
finding-phrase-vague-action = nod, nid yr hyn fydd yn digwydd
