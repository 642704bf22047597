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

## Yr ap gwe: ffrâm pob tudalen.

site-name = Bwrdeistref Sy'n Gofalu — cynlluniau gweithredu lleol
nav-label = Prif
nav-home = Hafan
nav-plans = Cynlluniau
nav-join = Ymuno â sesiwn
nav-help = Help
nav-about = Amdanom
language-label = Iaith
skip-link = Neidio i'r prif gynnwys
page-loading = Wrthi'n llwytho'r dudalen…

## Y dudalen Amdanom.

about-title = Am y pecyn cymorth hwn
about-intro = Mae Bwrdeistref Sy'n Gofalu yn helpu gofalwyr, partneriaid a'r cyngor i ysgrifennu cynllun ar gyfer pob ardal gyda'i gilydd, a gwirio beth sydd wedi'i wneud.
about-languages-title = Ieithoedd
about-languages-intro = Gallwch ddefnyddio'r pecyn cymorth hwn yn yr ieithoedd hyn. Dewiswch un ar frig unrhyw dudalen; mae'r ddyfais hon yn ei chofio. Mae'r hyn y mae pobl yn ei ysgrifennu (cynlluniau, camau gweithredu, datganiadau) bob amser yn cael ei ddangos fel y'i hysgrifennwyd.
about-language-checked = wedi'i gwirio gan gyfieithydd
about-language-draft = cyfieithiad drafft — helpwch i'w wirio
about-languages-help = Gall cyngor ychwanegu iaith neu gywiro un drwy olygu un ffeil; mae README y prosiect yn dweud sut.

## Ymuno â sesiwn ar ffôn.

join-title = Ymuno â sesiwn
join-code-label = Cod ymuno
join-code-hint = Y 6 llythyren a rhif ar y bwrdd.
join-code-submit = Ymuno
join-code-empty = Rhowch y cod ymuno sydd ar y bwrdd.
join-code-zero-one = Does dim 0 nac 1 byth mewn cod ymuno: ei rifau yw 2 i 9. Gwiriwch y cod ar y bwrdd.
join-code-i-o = Does dim llythyren I nac O byth mewn cod ymuno. Gwiriwch y cod ar y bwrdd.
join-code-other-character = Dim ond llythrennau a'r rhifau 2 i 9 sydd mewn cod ymuno, fel K7P2QX. Gwiriwch y cod ar y bwrdd.
join-code-length = Mae gan god ymuno { $length } llythyren a rhif; mae gan hwn { $count }. Gwiriwch y cod ar y bwrdd.
join-name-title = Dewiswch enw i'w ddefnyddio
join-name-code = Yn ymuno â'r sesiwn gyda'r cod { $code }.
join-name-label = Eich enw ar gyfer y sesiwn hon
join-name-hint = Does dim rhaid i chi ddefnyddio eich enw go iawn.
join-name-empty = Rhowch enw i'w ddefnyddio. Gall fod yn enw ffug.
join-name-submit = Parhau
join-change-code = Newid y cod

## Beth mae'r ap yn ei ddweud pan na all y gweinydd wneud rhywbeth.

server-unreachable = Methu cyrraedd y gweinydd. Gwiriwch eich bod ar-lein a rhowch gynnig arall arni.
server-no-such-session = Does dim sesiwn gyda'r cod hwnnw. Gwiriwch y cod ar y bwrdd a rhowch gynnig arall arni.
server-sign-in-needed = Dim ond hwyluswyr sy'n cael dechrau sesiynau ar y gweinydd hwn. Mewngofnodwch isod, yna rhowch gynnig arall arni.
server-session-finished = Mae'r sesiwn hon wedi gorffen, felly does dim modd ymuno â hi bellach.
server-unreadable = Methu darllen ateb y gweinydd. Rhowch gynnig arall arni.
server-too-many-tries = Gormod o ymdrechion ar hyn o bryd. Arhoswch funud, yna rhowch gynnig arall arni.
server-refused = Ni dderbyniodd y gweinydd hyn. Ail-lwythwch y dudalen a rhowch gynnig arall arni.
server-failed = Ni allai'r gweinydd wneud hyn ar hyn o bryd. Rhowch gynnig arall arni mewn munud.
server-not-accepted = Ni chafodd hynny ei dderbyn. Gwiriwch beth wnaethoch chi ei deipio a rhowch gynnig arall arni.
session-votes-range = Rhaid i nifer y pleidleisiau i bob person fod yn rhif o 1 i 255.

## Ffôn mewn sesiwn fyw.

live-connecting = Yn cysylltu…
live-connected = Wedi cysylltu
live-offline = All-lein — bydd newidiadau'n cael eu hanfon pan fyddwch yn ôl ar-lein
live-reconnecting = Yn ailgysylltu…
live-changes-waiting = { $link } — { $count ->
    [one] 1 newid heb ei anfon eto
   *[other] { $count } newid heb eu hanfon eto
}
live-device-ended = Ni all y ddyfais hon gymryd rhan yn y sesiwn hon bellach.
live-board-cannot-change = Dim ond dangos y sesiwn mae'r bwrdd; ni all ei newid.
live-still-loading = Mae'r sesiwn yn dal i lwytho. Rhowch gynnig arall arni mewn munud.
live-closed-on-page = Mae'r sesiwn hon ar gau ar y dudalen hon. Ail-lwythwch hi.
notice-erased = Rydych wedi cael eich tynnu o'r sesiwn hon, fel y gofynnwyd, felly does dim byd arall yn cael ei anfon o'r ddyfais hon.
notice-statement-too-late = Ni chafodd “{ $text }” ei anfon: cyrhaeddodd ar ôl i'r sesiwn symud ymlaen.
notice-vote-too-late = Ni chafodd eich pleidlais ei chyfrif: cyrhaeddodd ar ôl i'r sesiwn symud ymlaen.
notice-change-too-late = Ni chafodd newid ei gadw: cyrhaeddodd ar ôl i'r sesiwn symud ymlaen.
notice-change-not-kept = Ni chafodd newid ei gadw: { $reason }
notice-statement-not-sent = Ni chafodd “{ $text }” ei anfon: { $reason }
notice-out-of-step = Mae'r dudalen hon allan o gam â'r sesiwn ({ $detail }). Ail-lwythwch y dudalen i weld beth gafodd ei gadw.
phone-session-title = Eich sesiwn
phone-session-ended-help = Gofynnwch i'r hwylusydd os ydych chi'n meddwl bod hyn yn anghywir, neu ymunwch eto gyda'r cod.
phone-session-connecting = Yn cysylltu â'r sesiwn…
phone-session-leave = Gadael y sesiwn hon
consent-title = Cyn i chi ddechrau
consent-what-we-keep = Rydym yn cadw'r enw rydych chi'n ei ddefnyddio, beth rydych chi'n ei ysgrifennu a'ch pleidleisiau. Os dewiswch chi, rydym hefyd yn cadw pa rolau gofalu sy'n berthnasol i chi.
consent-who-sees = Mae'r hyn rydych chi'n ei ysgrifennu yn cael ei ddangos ar y bwrdd i'r ystafell, heb eich enw. Mae'r hwylusydd yn gweld yr enw rydych chi'n ei ddefnyddio.
consent-summary = Mae crynodeb y sesiwn yn cyfrif faint o bobl a gymerodd ran a'u rolau. Nid yw byth yn enwi neb.
consent-remove = Gallwch ofyn i'r hwylusydd ddileu eich geiriau unrhyw bryd, yn ystod neu ar ôl y sesiwn.
consent-agree = Rwy'n cytuno
about-you-title = Amdanoch chi
about-you-optional = Mae'r cwestiynau hyn yn ddewisol. Gadewch nhw'n wag os yw'n well gennych.
about-you-roles = Pa rai o'r rhain sy'n berthnasol i chi?
about-you-young-carer = Ydych chi'n ofalwr ifanc?
about-you-submit = Parhau
answer-yes = Ydw
answer-no = Nac ydw
answer-rather-not-say = Byddai'n well gen i beidio â dweud

## Rolau gofalwyr, mewn ychydig eiriau.

carer-role-parent-carer = Rhiant-ofalwr
carer-role-mental-health-carer = Gofalu am rywun â phroblemau iechyd meddwl
carer-role-long-distance-carer = Gofalu o bell
carer-role-spouse-or-partner-carer = Gofalu am briod neu bartner
carer-role-dementia-carer = Gofalu am rywun â dementia
carer-role-dual-carer = Rôl ofalu ddeuol
carer-role-parent-carer-of-adult = Rhiant-ofalwr mab neu ferch sy'n oedolyn
carer-role-young-carer = Gofalwr ifanc
carer-role-young-adult-carer = Gofalwr sy'n oedolyn ifanc
carer-role-working-carer = Gofalwr sy'n gweithio
carer-role-former-carer = Cyn-ofalwr
phone-finished = Mae'r sesiwn hon wedi gorffen. Diolch am gymryd rhan.
phone-waiting = Yn aros am yr hwylusydd…
phone-share-label = Mae angen…
phone-share-hint = Un peth ar y tro. Gallwch anfon cymaint ag y dymunwch.
phone-share-send = Anfon
phone-share-empty = Ysgrifennwch beth sydd ei angen arnoch, yna pwyswch Anfon.
phone-sending = Yn anfon…
phone-not-sent-offline = Heb ei anfon eto — bydd yn cael ei anfon pan fyddwch yn ôl ar-lein
phone-sent = Wedi'i anfon
phone-not-sent = Heb ei anfon eto
phone-shared-title = Beth rydych chi wedi'i rannu
phone-vote-intro = Rhowch eich dotiau ar y themâu sydd bwysicaf i chi. Gallwch roi mwy nag un dot ar thema.
phone-votes-left = Pleidleisiau ar ôl: { $count }
phone-vote-add = Ychwanegu dot at { $theme }
phone-vote-take-back = Tynnu dot yn ôl o { $theme }
phone-theme-meta = { $statements ->
    [zero] Dim datganiadau
    [one] 1 datganiad
   *[other] { $statements } datganiad
} · { $dots ->
    [0] dim un o'ch dotiau
    [one] 1 o'ch dotiau
   *[other] { $dots } o'ch dotiau
}
phone-ranking-title = Beth ddewisodd yr ystafell
ranking-line = { $rank }{ $tied ->
    [yes] {" "}(cyfartal)
   *[no] {""}
}: { $theme } — { $votes ->
    [one] 1 dot
   *[other] { $votes } dot
}

## Camau sesiwn gyd-gynhyrchu.

phase-share = Rhannu beth sydd ei angen arnoch
phase-group = Grwpio yn themâu
phase-prioritise = Pleidleisio dros yr hyn sydd bwysicaf
phase-plan = Cynllunio'r camau gweithredu
phase-closed = Wedi gorffen
step-share = Rhannu
step-group = Grwpio
step-prioritise = Blaenoriaethu
step-plan = Cynllunio
step-closed = Wedi gorffen

## Hafan.

home-title = Eich cynlluniau gweithredu
home-join-title = Mewn sesiwn?
home-join-intro = Os yw'r hwylusydd wedi rhoi cod ymuno i chi, teipiwch ef yma:
home-plans-title = Cynlluniau ar y ddyfais hon
home-start-title = Dechrau cynllun newydd
home-open-title = Agor cynllun o ffeil
home-open-intro = Os anfonodd rhywun gynllun atoch, neu os gwnaethoch lawrlwytho copi, agorwch ef yma.
home-borough-title = Yn rhedeg rhaglen y fwrdeistref?
home-borough-intro = Gweld cynlluniau'r ardaloedd gyda'i gilydd, y rhwydwaith a'r Cynllun Grymuso Gofalwyr.
home-borough-example = Rhoi cynnig ar y fwrdeistref enghreifftiol
home-borough-new = Dechrau rhaglen bwrdeistref
home-focus-title = Ein meysydd ffocws
home-focus-intro = Mae pob cynllun lleol yn gweithio tuag at dri maes ffocws y fwrdeistref.
not-found-title = Heb ddod o hyd i'r dudalen
not-found-text = Ni allem ddod o hyd i'r dudalen honno. Efallai ei bod wedi symud.
not-found-home = Mynd i'r hafan

## Bwrdd y sesiwn, ar y sgrin fawr.

board-title = Bwrdd y sesiwn
board-count = { $statements ->
    [one] 1 datganiad
   *[other] { $statements } datganiad
}{ $themes ->
    [0] {""}
    [one] , 1 thema
   *[other] , { $themes } thema
}{ $revealed ->
    [yes] . Mae'r pleidleisiau'n cael eu dangos.
   *[no] {""}
}
board-now = Nawr: { $phase }
board-code = Cod ymuno:
board-qr = Cod QR sy'n agor { $address }
board-join-how = Ewch i { $address } a theipio'r cod, neu sganiwch y cod QR.
board-themes = Themâu
board-themes-by-votes = Themâu, yn ôl pleidleisiau
board-voting-open = Mae'r pleidleisio ar agor. Mae'r pleidleisiau'n aros yn gudd nes i'r hwylusydd eu dangos.
board-place = Safle { $rank }{ $tied ->
    [yes] {" "}(cyfartal)
   *[no] {""}
} — { $votes ->
    [one] 1 dot
   *[other] { $votes } dot
}
board-what-people-need = Beth sydd ei angen ar bobl
board-not-in-theme = Ddim mewn thema eto
board-waiting = Bydd datganiadau'n ymddangos yma wrth i bobl eu hanfon.
board-no-key-title = Does dim modd dangos y bwrdd hwn yma
board-no-key-text = Does gan y ddyfais hon ddim allwedd ar gyfer bwrdd y sesiwn hon. Ar sgrin yr hwylusydd, defnyddiwch “Agor y bwrdd”, neu agorwch y ddolen i'r bwrdd a rannodd yr hwylusydd.

## Camau gweithredu cynllun.

status-not-started = Heb ddechrau
status-red = Coch
status-amber = Ambr
status-green = Gwyrdd
status-complete = Wedi'i gwblhau
status-red-meaning = Coch – ddim ar y trywydd iawn ac angen help
status-amber-meaning = Ambr – rhywfaint o gynnydd, rhai pryderon
status-green-meaning = Gwyrdd – ar y trywydd iawn
status-complete-meaning = Wedi'i gwblhau – wedi'i wneud
card-things-to-add = { $count ->
    [one] 1 peth i'w ychwanegu
   *[other] { $count } peth i'w hychwanegu
}
card-lead = Arweinydd: { $lead }
card-no-lead = Dim arweinydd eto
card-due = Erbyn { $due }
card-overdue = Hwyr
area-unlinked = Heb ei gysylltu â maes ffocws
area-add-action = Ychwanegu cam gweithredu at faes { $area }
area-show-more = Dangos { $count ->
    [one] 1 cam gweithredu arall
   *[other] { $count } cam gweithredu arall
}
area-no-match = Does dim camau gweithredu yma sy'n cyfateb i'r hidlwyr hyn.
area-showing = Gallwch weld { $shown } o'r { $matching } cam gweithredu cyfatebol yn y maes hwn.
area-key-objective = Amcan allweddol:
remove-ask = { $what ->
    [pack] Dileu'r pecyn hwn
   *[action] Dileu'r cam gweithredu hwn
}
remove-confirm = { $what ->
    [pack] Dileu'r pecyn hwn? Does dim modd dadwneud hyn.
   *[action] Dileu'r cam gweithredu hwn? Does dim modd dadwneud hyn.
}
remove-yes = Ydw, dilëwch ef
remove-keep = Ei gadw
plan-actions-showing = Yn dangos { $shown } o { $total } cam gweithredu
plan-actions-empty = Dim camau gweithredu eto. Ychwanegwch yr un cyntaf.
edit-not-saved = Methu cadw hyn: { $reason }.
plan-missing = Dydy'r cynllun hwn ddim ar agor ar y ddyfais hon.
plan-missing-home = Mynd i'ch cynlluniau
not-in-plan = Ni allem ddod o hyd i { $what }. Efallai ei fod wedi'i ddileu.
milestone-legend = Carreg filltir { $number }
milestone-label = Carreg filltir
milestone-date-label = Dyddiad y garreg filltir
milestone-remove = Dileu carreg filltir
milestone-add = Ychwanegu carreg filltir
milestones-title = Cerrig milltir
milestones-empty = Dim cerrig milltir eto. Camau ar y ffordd yw cerrig milltir, gyda dyddiad os ydych chi'n ei wybod.
history-date-unknown = Dyddiad heb ei wybod
history-rating-note = { $day } — { $status }: { $note }
history-rating = { $day } — { $status }
history-evidence = { $day } — Tystiolaeth: { $note }
history-title = Hanes
history-empty = Dim sgoriau eto.
smart-hints-title = Beth sydd dal ei angen ar y cam gweithredu hwn
smart-hints-done = Mae gan y cam gweithredu hwn bopeth sydd ei angen arno.
rating-needs-what = Dywedwch beth fydd yn digwydd cyn i chi sgorio ei gynnydd.
rating-choose = Dewiswch sut mae'n mynd.
rating-date-missing = Rhowch ddyddiad y sgôr hon.
rating-link-wrong = Mae dolen yn dechrau gyda http:// neu https://. Gwiriwch hi, neu gadewch hi'n wag.
rating-link-needs-note = Dywedwch beth mae'r ddolen yn ei ddangos.
rating-saved = Sgôr wedi'i chadw: { $status }.
rating-title = Sut mae'n mynd?
rating-date-label = Dyddiad y sgôr hon
rating-note-label = Beth sy'n dangos hyn?
rating-note-hint = Er enghraifft: daeth 42 o ofalwyr i'r cyfarfod cyntaf.
rating-link-label = Dolen (dewisol)
rating-link-hint = Cyfeiriad gwe sy'n ei ddangos, yn dechrau gyda https://
rating-save = Cadw'r sgôr
draft-say-what = Dywedwch beth fydd yn digwydd.
editor-missing-plan = gynllun gweithredu yn y ffeil hon
editor-missing-action = y cam gweithredu hwn
editor-back = Yn ôl i'r cynllun
editor-area-none = Heb ei gysylltu
editor-title-edit = Golygu cam gweithredu
editor-title-new = Cam gweithredu newydd
editor-what = Beth fydd yn digwydd?
editor-measure = Sut byddwn ni'n gwybod ei fod wedi gweithio?
editor-measure-hint = Dywedwch beth fydd yn cael ei gyfrif, gyda rhif neu darged os gallwch.
editor-lead-person = Pwy fydd yn arwain hyn? (person)
editor-lead-organisation = Sefydliad arweiniol
editor-due = Erbyn pryd?
editor-area = Maes ffocws
editor-reference = Cyfeirnod (dewisol)
editor-reference-hint = Y rhif y mae eich grŵp yn ei ddefnyddio ar gyfer y cam gweithredu hwn, fel 2.4.

## Trosolwg cynllun.

overview-title = Trosolwg
overview-no-plan = Does dim cynllun gweithredu yn y ddogfen hon eto.
overview-intro = { $count ->
    [one] 1 cam gweithredu
   *[other] { $count } cam gweithredu
} yn y cynllun hwn, ar { $as_of }.
overview-total = Cyfanswm
overview-overdue = Hwyr
overview-which = { $count ->
    [one] Pa gam gweithredu
   *[other] Pa gamau gweithredu
}
overview-chart-part = { $count } { $status ->
    [not-started] heb ddechrau
    [red] coch
    [amber] ambr
    [green] gwyrdd
   *[complete] wedi'i gwblhau
}
overview-chart-bar = { $area }: { $parts }
overview-chart-title = Cynnydd fesul maes ffocws
overview-chart-key = Allwedd
overview-by-area-caption = Camau gweithredu fesul maes ffocws a statws
overview-by-area-first = Maes ffocws
overview-nothing-overdue = Does dim byd yn hwyr.
overview-due = {" "}— erbyn { $due }
overview-missing = Beth sydd dal ar goll
overview-nothing-missing = Mae gan bob cam gweithredu bopeth sydd ei angen arno.
overview-actions = { $count ->
    [one] 1 cam gweithredu
   *[other] { $count } cam gweithredu
}
overview-by-lead = Camau gweithredu fesul arweinydd
overview-by-lead-caption = Camau gweithredu fesul arweinydd a statws
overview-by-lead-first = Arweinydd

## Argraffu cynllun.

print-a4 = Mae'r dudalen hon wedi'i gosod i'w hargraffu ar bapur A4.
print-button = Argraffu
print-no-actions = Dim camau gweithredu eto.
print-table-name = Camau gweithredu: { $area }
print-area-empty = Dim camau gweithredu yn y maes hwn eto.
print-col-ref = Cyf
print-col-what = Beth fydd yn digwydd
print-col-measure = Mesur
print-col-lead = Arweinydd
print-col-by-when = Erbyn pryd
print-col-status = Statws
print-col-evidence = Tystiolaeth
print-printed = Argraffwyd { $date }
print-printed-in = { $place } · Argraffwyd { $date }

## Cadw ar y ddyfais hon, a ffeiliau (pob un yn gymal mewn brawddeg).

file-too-large = mae'n { $size }, yn fwy na'r { $limit } y gall ffeil gynllun fod
file-unreadable = ni allai'r porwr hwn ei darllen; rhowch gynnig ar ei dewis eto
file-cannot-make = ni allai'r porwr hwn wneud y ffeil
save-no-space = mae'r ddyfais hon wedi rhedeg allan o le i gadw
save-newer-version = mae fersiwn mwy newydd o'r ap hwn wedi cadw yma; ail-lwythwch y dudalen
save-stopped = cafodd y cadw ei atal cyn iddo orffen
save-not-allowed = ni fyddai'r porwr hwn yn gadael i'r ap gadw yma (gall pori preifat wneud hyn)
save-failed = ni allai'r porwr hwn gadw
save-failed-because = ni allai'r porwr hwn gadw ({ $error })
save-unavailable = ni all y porwr hwn gadw cynlluniau (gall pori preifat wneud hyn)
save-older-tab = mae gan dab arall fersiwn hŷn o'r ap hwn ar agor; caewch ef, yna ail-lwythwch
save-change-not-written = methu ysgrifennu'r newid hwn
save-copy-unreadable = methu darllen y copi o'r cynllun hwn ar y ddyfais hon: { $detail }
save-other-tab-refused = methu derbyn newidiadau o dab arall ({ $detail }); ail-lwythwch y dudalen hon cyn newid unrhyw beth
save-plan-closed = dydy'r cynllun hwn ddim ar agor yma bellach
import-untitled = Cynllun gweithredu wedi'i fewnforio
focus-area-number = Maes ffocws { $number }:
## The borough programme: words the core gives as names (cares-core's labels).

programme-rating-not-yet = Ddim eto
programme-rating-partly = Yn rhannol
programme-rating-mostly = Gan mwyaf
programme-rating-fully = Yn llawn
programme-marker-meeting-places = Mannau cyfarfod i ofalwyr
programme-marker-activities-and-events = Gweithgareddau a digwyddiadau
programme-marker-newsletter-reach = Cyrhaeddiad y cylchlythyr
programme-marker-information-pack-requests = Ceisiadau am becynnau gwybodaeth
programme-marker-health-and-wellbeing-checks = Gwiriadau a chymorth iechyd a lles
programme-marker-network-meetings-held = Cyfarfodydd rhwydwaith gofalwyr a gynhaliwyd
programme-marker-network-meeting-attendance = Presenoldeb mewn cyfarfodydd rhwydwaith gofalwyr
programme-marker-coproduction-involvement = Cymryd rhan mewn cydgynhyrchu
programme-marker-online-activity = Gweithgarwch ar-lein
programme-marker-carer-rep-activity = Gweithgarwch cynrychiolwyr gofalwyr mewn cyfarfodydd strategol
programme-unit-meeting-places = mannau cyfarfod
programme-unit-activities-and-events = gweithgareddau a digwyddiadau
programme-unit-newsletter-reach = darllenwyr
programme-unit-information-pack-requests = ceisiadau
programme-unit-health-and-wellbeing-checks = gwiriadau ac ymyriadau
programme-unit-network-meetings-held = cyfarfodydd
programme-unit-network-meeting-attendance = presenoldebau
programme-unit-coproduction-involvement = pobl yn cymryd rhan
programme-unit-online-activity = ymweliadau a rhyngweithiadau
programme-unit-carer-rep-activity = cyfarfodydd strategol gyda chynrychiolydd gofalwyr
programme-organisation-statutory = Cyngor neu gorff cyhoeddus
programme-organisation-health = Iechyd (GIG)
programme-organisation-voluntary = Sector gwirfoddol
programme-organisation-community = Grŵp cymunedol
programme-empowerment-no-carer-voice = cyfarfod allweddol heb lais gofalwyr
programme-empowerment-rep-over-committed = cynrychiolydd a ofynnwyd i ormod o gyfarfodydd
programme-empowerment-young-carer-in-school-hours = cynrychiolydd sy'n ofalwr ifanc a ddisgwylir yn ystod oriau ysgol
programme-empowerment-unknown-rep = rhywun wedi'i drefnu nad yw'n gynrychiolydd
programme-empowerment-unknown-meeting = cyfarfod nad yw yn y rhwydwaith
programme-financial-year = { $year }
programme-quarter = { $year } Ch{ $number }
programme-quarter-months = { $quarter } ({ $number ->
    [1] Ebrill i Fehefin
    [2] Gorffennaf i Fedi
    [3] Hydref i Ragfyr
   *[4] Ionawr i Fawrth
} { $year })
programme-date-short = { $weekday ->
    [1] Llun
    [2] Maw
    [3] Mer
    [4] Iau
    [5] Gwe
    [6] Sad
   *[7] Sul
} { $day } { $month ->
    [1] Ion
    [2] Chwef
    [3] Maw
    [4] Ebr
    [5] Mai
    [6] Meh
    [7] Gorff
    [8] Awst
    [9] Medi
    [10] Hyd
    [11] Tach
   *[12] Rhag
} { $year }
programme-meeting-label = { $title } ({ $day })
programme-change = { $direction ->
    [up] i fyny { $size }{ $percent ->
        [none] {" "}ers y chwarter diwethaf (doedd dim o'r blaen)
       *[other] {" "}({ $percent }%) ers y chwarter diwethaf
    }
    [down] i lawr { $size }{ $percent ->
        [none] {" "}ers y chwarter diwethaf (doedd dim o'r blaen)
       *[other] {" "}({ $percent }%) ers y chwarter diwethaf
    }
   *[none] dim newid ers y chwarter diwethaf
}
programme-group-total = Cyfanswm
programme-group-no-area = Dim maes ffocws
programme-group-no-organisation = Dim sefydliad wedi'i enwi
programme-group-borough-wide = Ar draws y fwrdeistref
programme-group-area = Maes ffocws { $number }
programme-group-no-lead = Dim arweinydd
programme-group-no-section = Dim adran

## The borough programme: its navigation and pages.

programme-nav-label = Rhaglen
programme-nav-glance = Cipolwg
programme-nav-network = Rhwydwaith
programme-nav-empowerment = Cynllun grymuso
programme-nav-progress = Mesurau cynnydd
programme-nav-assessment = Hunanasesiad
programme-nav-highlight = Adroddiad uchafbwyntiau
programme-start-title = Dechrau rhaglen bwrdeistref
programme-start-intro = Mae rhaglen bwrdeistref yn dod â chynlluniau gweithredu'r ardaloedd at ei gilydd, gyda'r rhwydwaith, y Cynllun Grymuso Gofalwyr, mesurau cynnydd a hunanasesiadau. Rydych chi'n ychwanegu cynlluniau'r ardaloedd nesaf.
programme-start-name = Enw'r rhaglen
programme-start-name-hint = Er enghraifft, Y Fwrdeistref Sy'n Gofalu 2024-25.
programme-start-too-long = Mae'r enw hwnnw'n rhy hir. Defnyddiwch lai na { $limit } nod.
programme-start-no-name = Rhowch enw i'r rhaglen.
programme-start-not-saved = Nid oedd modd cadw'r rhaglen: { $reason }. Ni chafodd dim ei greu.
programme-start-button = Dechrau'r rhaglen
programme-start-look-first = Eisiau edrych o gwmpas yn gyntaf?
programme-example-title = Y fwrdeistref enghreifftiol
programme-example-opening = Yn agor y fwrdeistref enghreifftiol…
programme-example-failed = Nid oedd modd agor y fwrdeistref enghreifftiol: { $reason }. Nid oes dim ar y ddyfais hon wedi newid.
programme-example-home = Ewch i'ch cynlluniau
programme-column-actions = Camau
programme-column-smart = SMART
programme-column-overdue = Hwyr
programme-column-locality = Ardal
programme-column-area = Maes ffocws
programme-column-organisation = Sefydliad
programme-borough-title = Y fwrdeistref ar gipolwg
programme-borough-empty = Does dim cynlluniau ardal yn y fwrdeistref hon eto. Ychwanegwch nhw isod, o ffeiliau neu o gynlluniau a rannwyd gyda chi.
programme-borough-summary = { $plans ->
    [one] 1 cynllun ardal
   *[other] { $plans } cynllun ardal
} a { $actions ->
    [one] 1 cam
   *[other] { $actions } cam
}, ar { $day }. Mae cam yn SMART pan fydd yn enwi arweinydd, mesur y gellir ei gyfrif a dyddiad.
programme-borough-by-locality = Fesul ardal
programme-borough-by-locality-caption = Camau fesul ardal a statws
programme-borough-by-area = Fesul maes ffocws
programme-borough-by-area-caption = Camau ym mhob ardal fesul maes ffocws
programme-borough-findings = Beth mae'r archwiliad yn ei ganfod amlaf
programme-borough-no-findings = Mae gan bob cam ym mhob cynllun yr hyn sydd ei angen arno.
programme-borough-finding = { $finding }: { $count ->
    [one] 1 cam
   *[other] { $count } cam
}
programme-borough-finding-count = { $finding } ({ $count })
programme-borough-each-locality = Pob ardal fesul maes ffocws
programme-borough-top-findings = Wedi'i ganfod amlaf yn { $locality }: { $findings }.
programme-borough-locality-caption = { $plan } fesul maes ffocws
programme-borough-by-organisation = Arweinwyr fesul sefydliad
programme-borough-organisations-intro = Mae enwau un sefydliad wedi'u sillafu mewn ffyrdd gwahanol yn cael eu cyfrif gyda'i gilydd. Mae sefydliadau y mae eu henwau'n rhannu rhan, fel arweinydd ar y cyd, yn cael eu dangos fel rhai cysylltiedig.
programme-borough-by-organisation-caption = Camau fesul sefydliad arweiniol a statws
programme-borough-also-written = Hefyd wedi'i ysgrifennu { $names }.
programme-borough-related = Cysylltiedig: { $names }.
programme-add-no-plan = Does dim cynllun gweithredu yn hwn, felly ni ychwanegwyd dim.
programme-add-added = Ychwanegwyd “{ $title }”.
programme-add-already-there = Mae “{ $title }” yn y fwrdeistref hon yn barod, felly cafodd ei adael fel y mae. I ddod â chopi mwy newydd i mewn, tynnwch ef yn gyntaf.
programme-add-refused = “{ $title }”: { $problem }
programme-add-unreachable = Nid oedd modd cyrraedd y gweinydd. Gwiriwch eich bod ar-lein a rhowch gynnig arall arni.
programme-add-wrong-key = Nid yw'r allwedd honno'n agor y cynllun a rannwyd. Gwiriwch yr allwedd a rhowch gynnig arall arni.
programme-add-no-such-plan = Does dim cynllun a rannwyd gyda'r rhif adnabod hwnnw ar y gweinydd hwn. Gwiriwch y rhif a rhowch gynnig arall arni.
programme-add-server-failed = Nid oedd modd i'r gweinydd anfon y cynllun hwn ar hyn o bryd. Rhowch gynnig arall arni mewn munud.
programme-add-unreadable = Nid oedd modd darllen y cynllun a rannwyd: { $problem }.
programme-add-enter-id = Rhowch rif adnabod y cynllun a rannwyd fel y'i rhoddwyd i chi, fel 6f1c…
programme-add-enter-key = Rhowch yr allwedd rannu a ddaeth gyda rhif adnabod y cynllun.
programme-add-title = Ychwanegu cynlluniau ardal
programme-add-intro = Mae'r fwrdeistref yn cadw copi o bob cynllun. I ddod â chopi mwy newydd i mewn, tynnwch y cynllun isod a'i ychwanegu eto.
programme-add-file = Ychwanegu cynllun o ffeil
programme-add-unchanged = Nid oes dim yn y fwrdeistref hon wedi newid.
programme-add-shared-title = Cynllun a rannwyd drwy'r gweinydd
programme-add-shared-id = Rhif adnabod y cynllun a rannwyd
programme-add-shared-key = Allwedd rannu
programme-add-shared-button = Ychwanegu'r cynllun a rannwyd
programme-plans-title = Cynlluniau yn y fwrdeistref hon
programme-plans-remove = Tynnu { $title } o'r fwrdeistref
programme-remove = Tynnu
programme-form-ends-before-start = rhaid i'r cyfarfod orffen ar ôl iddo ddechrau
programme-form-not-saved = Nid oedd modd cadw hyn: { $problem }.
programme-form-save = Cadw
programme-form-cancel = Canslo
programme-network-add-organisation = Ychwanegu sefydliad
programme-network-add-locality = Ychwanegu ardal
programme-network-add-group = Ychwanegu grŵp
programme-network-add-member = Ychwanegu aelod
programme-network-add-meeting = Ychwanegu cyfarfod
programme-network-change = Newid { $name }
programme-organisation-name = Enw llawn
programme-organisation-short = Enw byr y mae pobl yn ei ddefnyddio (dewisol)
programme-organisation-kind = Math o sefydliad
programme-locality-name = Enw'r ardal
programme-group-needs-hub = Mae angen ardal a grŵp strategol i adrodd iddo ar grŵp rhwydwaith ardal. Ychwanegwch y rheini yn gyntaf.
programme-group-strategic = Grŵp strategol (y canolbwynt)
programme-group-locality = Grŵp rhwydwaith ardal
programme-group-name = Enw'r grŵp
programme-group-kind = Math o grŵp
programme-group-serves = Yr ardal y mae'n ei gwasanaethu
programme-group-reports-into = Yn adrodd i
programme-member-no-organisation = Dim (er enghraifft, gofalwr)
programme-member-not-said = Heb ddweud
programme-member-yes = Ydy
programme-member-no = Nac ydy
programme-member-name = Enw a ddangosir i eraill (gall gofalwr ddewis enw arall)
programme-member-rep = Cynrychiolydd gofalwyr (llywiwr), yn dod â llais gofalwyr i gyfarfodydd
programme-member-young = Gofalwr ifanc?
programme-member-groups = Grwpiau
programme-meeting-needs-group = Mae cyfarfod yn cael ei gynnal gan grŵp. Ychwanegwch grŵp yn gyntaf.
programme-meeting-needs-day = Rhowch ddiwrnod y cyfarfod.
programme-meeting-needs-times = Rhowch yr amser y mae'r cyfarfod yn dechrau ac yn gorffen, fel 10:00 a 12:00.
programme-meeting-needs-others = Rhowch faint o bobl eraill a ddaeth fel rhif cyfan, neu 0.
programme-meeting-title = Enw'r cyfarfod
programme-meeting-group = Y grŵp sy'n ei gynnal
programme-meeting-day = Diwrnod
programme-meeting-starts = Yn dechrau am
programme-meeting-ends = Yn gorffen am
programme-meeting-place = Ble
programme-meeting-key = Cyfarfod strategol allweddol, lle mae'n rhaid clywed llais gofalwyr
programme-meeting-came = Aelodau a ddaeth
programme-meeting-others = Faint o bobl eraill a ddaeth (nid aelodau)
programme-network-intro = Y grŵp strategol yw'r canolbwynt; mae grŵp rhwydwaith pob ardal yn adrodd iddo. Mae newidiadau yma'n cael eu cadw ar y ddyfais hon, fel cynllun.
programme-network-remove = Tynnu { $name }
programme-network-change-button = Newid
programme-network-no-groups = Dim grwpiau eto. Dechreuwch gyda'r grŵp strategol.
programme-network-hub = Grŵp strategol (y canolbwynt), { $members ->
    [one] 1 aelod
   *[other] { $members } aelod
}.
programme-network-spoke = Grŵp rhwydwaith ardal ar gyfer { $place }, yn adrodd i { $hub }; { $members ->
    [one] 1 aelod
   *[other] { $members } aelod
}.
programme-network-organisations = Sefydliadau
programme-network-localities = Ardaloedd
programme-network-members = Aelodau a chynrychiolwyr gofalwyr
programme-network-meetings = Cyfarfodydd
programme-member-facts = { $rep ->
    [yes] Cynrychiolydd gofalwyr.{" "}
    [young] Cynrychiolydd gofalwyr, gofalwr ifanc.{" "}
   *[no] {""}
}{ $has_organisation ->
    [yes] { $organisation }.{" "}
   *[no] {""}
}{ $has_groups ->
    [yes] Yn { $groups }.
   *[no] Ddim mewn grŵp eto.
}
programme-meeting-when = { $day }, { $start } i { $end }, { $place }.
programme-meeting-held-by = { $group }.{ $key ->
    [yes] {" "}Cyfarfod strategol allweddol.
   *[no] {""}
}
programme-meeting-no-attendance = Dim presenoldeb wedi'i gofnodi eto.
programme-meeting-attendance = Daeth { $total }: { $members ->
    [one] 1 aelod
   *[other] { $members } aelod
}, yn eu plith { $reps ->
    [one] 1 cynrychiolydd gofalwyr
   *[other] { $reps } cynrychiolydd gofalwyr
}, a { $others ->
    [one] 1 arall
   *[other] { $others } arall
}.
programme-empowerment-intro = Cynrychiolwyr gofalwyr a llywwyr wedi'u trefnu ar gyfer y cyfarfodydd strategol allweddol, fel bod llais gofalwyr yn cael ei glywed lle mae penderfyniadau'n cael eu gwneud.
programme-empowerment-from = Edrych o'r chwarter
programme-empowerment-no-key-meetings = Does dim cyfarfodydd strategol allweddol o { $quarter } ymlaen. Dewiswch chwarter cynharach, neu nodwch gyfarfod fel un allweddol ar dudalen y Rhwydwaith.
programme-empowerment-summary = O { $quarter } ymlaen, mae gan { $voiced } o { $meetings ->
    [one] 1 cyfarfod strategol allweddol
   *[other] { $meetings } cyfarfod strategol allweddol
} lais gofalwyr. Mae gan y cynllun { $reps ->
    [one] 1 cynrychiolydd gofalwyr
   *[other] { $reps } cynrychiolydd gofalwyr
}.
programme-empowerment-findings = Beth sydd angen sylw
programme-empowerment-no-findings = Dim: mae gan bob cyfarfod allweddol o'r chwarter hwn ymlaen gynrychiolydd gofalwyr sy'n gallu mynd.
programme-empowerment-count = { $finding }: { $count }
programme-empowerment-who-goes = Pwy sy'n mynd i ba gyfarfod allweddol
programme-empowerment-tick = Ticiwch gynrychiolydd gofalwyr i'w drefnu ar gyfer cyfarfod; dad-diciwch i'w dynnu.
programme-empowerment-no-reps = Does gan y cynllun ddim cynrychiolwyr gofalwyr eto. Ychwanegwch nhw isod.
programme-rep-young = { $name } (gofalwr ifanc)
programme-key-meeting = { $meeting }, { $start } i { $end }
programme-empowerment-reps = Cynrychiolwyr gofalwyr yn y cynllun
programme-rep-at-most = { $name }{ $young ->
    [yes] {" "}(gofalwr ifanc)
   *[no] {""}
}: { $count ->
    [one] 1 cyfarfod
   *[other] { $count } cyfarfod
} y chwarter ar y mwyaf.
programme-empowerment-waiting = Cynrychiolwyr gofalwyr yn y rhwydwaith nad ydynt yn y cynllun eto:
programme-rep-add = Ychwanegu { $name } at y cynllun
programme-chart-quarter = Ch{ $number }
programme-chart-target = Targed
programme-marker-table-caption = { $marker } ({ $unit }) fesul ardal a chwarter
programme-column-change = Newid ers y chwarter diwethaf
programme-borough-total = Cyfanswm y fwrdeistref
programme-no-answers = dim atebion
programme-counts-refused = { $file }: { $problem }. Ni fewnforiwyd dim: mae'r ffigurau fel yr oeddent.
programme-counts-line-refused = { $file }, llinell { $line }: { $problem }
programme-counts-unreadable = Nid oedd modd darllen { $file }: { $problem }. Ni fewnforiwyd dim.
programme-counts-title = Ychwanegu cyfrifon partneriaid
programme-counts-file = Ffeil cyfrifon (CSV)
programme-counts-hint = CSV gyda'r colofnau marker, locality, quarter a count: cyfrifon yn unig, byth enwau pobl. Ysgrifennwch chwarteri fel 2024-Q1 (Ch1 yw Ebrill i Fehefin). Gadewch yr ardal yn wag ar gyfer cyfrif ar gyfer y fwrdeistref gyfan.
programme-counts-reading = Yn darllen y ffeil…
programme-counts-imported = Mewnforiwyd { $count ->
    [one] 1 cyfrif
   *[other] { $count } cyfrif
} o { $file }.
programme-counts-changed = Beth newidiodd
programme-counts-change = { $marker }, { $place }, { $quarter }: { $count } ({ $was ->
    [new] newydd
    [unchanged] heb newid
   *[was] { $before } o'r blaen
})
programme-target-not-number = Ysgrifennwch y targed fel rhif cyfan, fel 12.
programme-target-set = Targed wedi'i osod: { $marker } yn { $year }, { $target }.
programme-target-title = Gosod targed
programme-target-marker = Mesur cynnydd
programme-target-year = Blwyddyn ariannol (Ebrill i Fawrth)
programme-target-value = Targed ar gyfer y flwyddyn
programme-target-hint = Ar gyfer y fwrdeistref gyfan. Mae cyfrif a wneir o'r newydd bob chwarter yn cael ei rannu dros bedwar chwarter y flwyddyn ar y siartiau.
programme-target-button = Gosod targed
programme-progress-intro = Beth gyfrifodd partneriaid bob chwarter ariannol, fesul ardal, yn erbyn targedau'r fwrdeistref. Ch1 yw Ebrill i Fehefin.
programme-progress-empty = Dim cyfrifon eto. Ychwanegwch ffeil cyfrifon partneriaid uchod.
programme-column-lead-measure-date = Gydag arweinydd, mesur a dyddiad
programme-column-session = Sesiwn
programme-column-date = Dyddiad
programme-column-people = Pobl
programme-highlight-title = Adroddiad uchafbwyntiau: { $quarter }
programme-highlight-as-of = Cynlluniau ar { $day }, diwrnod olaf y chwarter.
programme-highlight-plans = Cynnydd y cynlluniau
programme-highlight-by-locality = Camau fesul ardal
programme-highlight-no-figures = Dim ffigurau cynnydd ar gyfer y chwarter hwn eto.
programme-highlight-empowerment = Cynllun Grymuso Gofalwyr
programme-highlight-empowerment-fine = Mae gan bob cyfarfod allweddol lais gofalwyr, ac nid oes gofyn gormod gan unrhyw gynrychiolydd.
programme-highlight-sessions = Sesiynau cydgynhyrchu
programme-highlight-sessions-held = { $sessions ->
    [one] 1 sesiwn
   *[other] { $sessions } sesiwn
} wedi'u cynnal, gyda { $people ->
    [one] 1 person
   *[other] { $people } o bobl
} yn cymryd rhan.
programme-highlight-sessions-caption = Sesiynau a gynhaliwyd y chwarter hwn
programme-highlight-improvements = Prif gamau gwella
programme-no-improvement-actions = Does dim sefydliad wedi enwi cam gwella eto.
programme-highlight-a4 = Mae'r adroddiad hwn wedi'i osod i'w argraffu ar bapur A4.
programme-highlight-quarter = Chwarter
programme-highlight-print = Argraffu
programme-position-none = Does dim sefydliad wedi asesu ei hun eto.
programme-position-who = O hunanasesiadau { $count ->
    [one] 1 sefydliad
   *[other] { $count } sefydliad
}: { $organisations }.
programme-position-strongest = Cryfaf: { $themes }.
programme-position-weakest = Angen y gwaith mwyaf: { $themes }.
programme-position-chart = Atebion sy'n dweud “gan mwyaf” neu “yn llawn”, fesul thema
programme-position-caption = Atebion fesul thema ansawdd a sgôr
programme-column-theme = Thema
programme-column-mostly-or-fully = Gan mwyaf neu'n llawn
programme-position-improvements = Camau gwella
programme-answer-choose = Dewiswch sgôr, yna dywedwch beth sy'n ei ddangos.
programme-answer-evidence = Beth sy'n ei ddangos
programme-answer-action = Beth fyddwn ni'n ei wneud i wella
programme-assessment-not-started = { $organisation } (heb ddechrau)
programme-assessment-choose = Dewiswch sefydliad
programme-assessment-outstanding = { $count ->
    [0] Mae pob datganiad wedi'i ateb, gyda cham gwella lle mae angen un.
    [one] 1 datganiad ar ôl i'w ateb neu i roi cam gwella iddo.
   *[other] { $count } datganiad ar ôl i'w ateb neu i roi cam gwella iddynt.
}
programme-assessment-intro = Mae pob sefydliad yn rhoi sgôr iddo'i hun yn erbyn datganiadau'r themâu ansawdd. Mae'r datganiad sefyllfa yn rhoi atebion pob sefydliad at ei gilydd.
programme-position-title = Datganiad sefyllfa
programme-assessment-form-title = Hunanasesiad sefydliad
programme-target-reached = Targed wedi'i gyrraedd
programme-target-on-track = Ar y trywydd iawn
programme-target-behind = Ar ei hôl hi
programme-target-none = Dim targed wedi'i osod
programme-marker-summary = { $marker }: { $recorded ->
    [yes] { $count } { $unit }
   *[no] dim wedi'i gofnodi y chwarter hwn
}{ $changed ->
    [yes] , { $change }
   *[no] {""}
}. { $target_kind ->
    [quarter] { $status }: targed { $target } y chwarter hwn.
    [year] { $status }: targed { $target } ar gyfer { $year }.
   *[none] Dim targed wedi'i osod.
}
## Sesiynau cyd-gynhyrchu: y rhestr a "Dechrau sesiwn".

sessions-title = Sesiynau cyd-gynhyrchu
sessions-intro = Mewn sesiwn, mae gofalwyr yn dweud beth sydd ei angen arnynt, yn ei grwpio'n themâu ac yn pleidleisio ar yr hyn sydd bwysicaf. Mae'r prif themâu yn troi'n gamau gweithredu drafft yn y cynllun hwn.
sessions-none = Dim sesiynau eto.
session-list-on-device = { $date } · Ar y ddyfais hon · { $step }
session-list-on-phones = { $date } · Ar ffonau pobl
session-start-title = Dechrau sesiwn
session-field-title = Teitl
session-field-title-hint = Er enghraifft: Beth sydd ei angen ar ofalwyr ym Maltby.
session-field-date = Dyddiad
session-field-area = Maes ffocws
session-area-not-chosen = Heb ei ddewis
session-field-votes = Pleidleisiau i bob person
session-field-way = Sut bydd pobl yn cymryd rhan?
session-way-this-device = Ar y ddyfais hon (yn gweithio all-lein)
session-way-phones = Ar eu ffonau eu hunain (angen y rhyngrwyd)
session-starting = Yn dechrau…
session-start = Dechrau'r sesiwn
session-day-missing = Dewiswch ddiwrnod y sesiwn.
session-votes-not-number = Rhowch nifer cyfan o bleidleisiau, fel 3.

## Sesiwn gyd-gynhyrchu, fel mae'r hwylusydd yn ei rhedeg.

session-back = Yn ôl i'r sesiynau
session-this = y sesiwn hon
session-heading-loading = Sesiwn gyd-gynhyrchu
session-on-device = Ar y ddyfais hon
session-on-phones = Ar ffonau pobl
session-votes-each = Pleidleisiau yr un: { $votes }
session-loading = Yn llwytho'r sesiwn…
session-finished = Mae'r sesiwn hon wedi gorffen. Gallwch barhau i wneud camau gweithredu drafft o'i themâu.
session-summary-link = Crynodeb o'r sesiwn

## Crynodeb sesiwn.

session-summary-title = Crynodeb o'r sesiwn
session-summary-back = Yn ôl i'r sesiwn
session-summary-print = Argraffu'r crynodeb hwn
session-summary-counted-room = Cyfrodd yr hwylusydd y bobl yn yr ystafell; ymunodd { $joined } ohonynt i rannu neu bleidleisio.
session-summary-counted-joined = Dyma bawb a ymunodd i rannu neu bleidleisio. Cyfrodd yr hwylusydd { $counted ->
    [one] 1 person
   *[other] { $counted } o bobl
} yn yr ystafell.
session-summary-not-counted = Dyma bawb a ymunodd i rannu neu bleidleisio. Ni chyfrodd yr hwylusydd yr ystafell.
session-summary-file-name = Datganiadau { $title }
session-summary-file-failed = Nid oedd modd gwneud y ffeil: { $reason }. Rhowch gynnig arall arni, neu defnyddiwch borwr arall.
session-summary-theme = Thema:
session-summary-own-words = Yn eu geiriau eu hunain, heb enwau:
session-summary-download = Lawrlwytho beth ddywedodd pobl (.csv)
session-summary-who = Pwy gymerodd ran
session-summary-took-part = { $count ->
    [one] Cymerodd 1 person ran.
   *[other] Cymerodd { $count } o bobl ran.
}
session-summary-marker = Mae hyn yn cyfrif tuag at y marciwr cynnydd “Cymryd rhan mewn cyd-gynhyrchu”: { $count } o bobl yn cymryd rhan.
session-summary-described = { $count ->
    [one] Dywedodd 1 person rywbeth amdanynt eu hunain.
   *[other] Dywedodd { $count } o bobl rywbeth amdanynt eu hunain.
}
session-summary-no-roles = Ni chafodd unrhyw rolau gofalu eu henwi.
session-summary-roles = Rolau gofalu a enwyd
session-summary-role = { $role }: { $count }
session-summary-young-carers = Gofalwyr ifanc: { $count }
session-summary-said = Beth ddywedodd pobl
session-summary-statements = { $count ->
    [one] 1 datganiad
   *[other] { $count } datganiad
}.
session-summary-themes = Themâu
session-summary-ranked = Yn ôl nifer y pleidleisiau. Mae themâu â'r un nifer o bleidleisiau yn rhannu safle.
session-summary-place = Safle { $rank }{ $tied ->
    [yes] {" "}(cyfartal)
   *[no] {""}
}: { $theme } — { $votes ->
    [one] 1 bleidlais
   *[other] { $votes } pleidlais
}, { $statements ->
    [one] 1 datganiad
   *[other] { $statements } datganiad
}
session-summary-no-themes = Dim themâu eto.
session-summary-votes-hidden = Nid yw'r pleidleisiau wedi cael eu dangos eto.
session-summary-theme-line = { $theme } — { $statements ->
    [one] 1 datganiad
   *[other] { $statements } datganiad
}
session-summary-plan = Beth aeth i mewn i'r cynllun
session-summary-no-actions = Dim camau gweithredu drafft eto.

## Camau sesiwn, fel mae'r hwylusydd yn eu rhedeg.

session-add-statement-title = Ychwanegu beth sydd ei angen ar rywun
session-statement-label = Mae angen…
session-statement-hint = Teipiwch e yn eu geiriau nhw. Gadewch enwau allan.
session-add-statement = Ychwanegu datganiad
session-statement-added = Datganiad wedi'i ychwanegu.
session-statements-title = Datganiadau
session-statements-count = { $count ->
    [0] Dim datganiadau eto.
    [one] 1 datganiad.
   *[other] { $count } datganiad.
}
session-statements-hidden = { $shown } yn cael eu dangos, { $hidden } yn gudd.
session-statement-hidden = Cudd: nid yw'n cael ei ddangos i neb na'i gyfrif.
session-statement-show = Dangos
session-statement-hide = Cuddio
session-statement-remove = Tynnu
session-statement-remove-ask = Tynnu'r datganiad hwn i bawb?
session-statement-remove-yes = Ydw, tynnwch e
session-statement-keep = Ei gadw
session-statement-theme = Thema ar gyfer y datganiad hwn
session-statement-no-theme = Ddim mewn thema eto
session-new-theme = Thema newydd
session-theme-name = Enw'r thema
session-add-theme = Ychwanegu thema
session-theme-added = Thema “{ $theme }” wedi'i hychwanegu.
session-themes-title = Themâu
session-themes-none = Dim themâu eto. Gwnewch un uchod, yna dewiswch hi ar gyfer pob datganiad sy'n ffitio.
session-theme-empty = Dim datganiadau yn y thema hon eto.
session-theme-rename = Ailenwi'r thema
session-theme-new-name = Enw newydd i'r thema hon
session-theme-save-name = Cadw'r enw
session-theme-cancel = Canslo
session-theme-merge-into = Uno â…
session-theme-merge = Uno
session-headcount-title = Pwy sydd yma
session-headcount-label = Faint o bobl sy'n cymryd rhan?
session-headcount-hint = Dewisol. Cyfrwch bawb yn yr ystafell, gan gynnwys pobl sy'n siarad drwoch chi. Mae'r crynodeb yn defnyddio hwn neu'r nifer a ymunodd, pa un bynnag sydd fwyaf.
session-headcount-save = Cadw'r nifer
session-headcount-not-a-number = Teipiwch nifer y bobl fel rhif cyfan, fel 12, neu gadewch e'n wag.
session-headcount-saved = { $count ->
    [one] Wedi'i gadw: mae 1 person yn cymryd rhan.
   *[other] Wedi'i gadw: mae { $count } o bobl yn cymryd rhan.
}
session-headcount-cleared = Wedi'i glirio: mae'r crynodeb yn cyfrif y bobl a ymunodd.
session-live-title = Mae pobl yn ymuno ar eu ffonau
session-live-code = Cod ymuno:
session-live-how = Ar ffôn, ewch i { $address } a theipio'r cod, neu sganiwch y cod QR.
session-live-code-waiting = Yn cael y cod ymuno…
session-live-deleted-on = Bydd y sesiwn hon a phopeth a ddywedwyd ynddi yn cael eu dileu ar { $day } oni bai ei bod yn cael ei defnyddio eto; lawrlwythwch hi cyn hynny.
session-live-qr = Cod QR: sganiwch e gyda chamera ffôn i ymuno â'r sesiwn hon
session-live-board = Agor y bwrdd
session-live-board-note = (yn agor mewn tab newydd, ar gyfer y taflunydd)
session-live-connection = Cysylltiad: { $state }
session-steps = Camau'r sesiwn
session-step-now = (nawr)
session-step-done = (wedi'i wneud)
session-has-finished = Mae'r sesiwn wedi gorffen.
session-moved-on = Wedi symud ymlaen i { $step }.
session-finish = Gorffen y sesiwn
session-move-on = Symud ymlaen i { $step }
session-timer-label = Gosod amserydd (munudau)
session-timer-start = Dechrau'r amserydd
session-timer-not-a-number = Rhowch nifer cyfan o funudau, o 1 i { $most }.
session-timer-left-label = Yr amser sydd ar ôl yn y cam hwn
session-timer-left = { $time } ar ôl
session-timer-stop = Stopio'r amserydd
session-timer-up = Mae'r amser ar ben.
session-plan-no-themes = Does dim themâu i gynllunio ohonynt.
session-plan-no-plan = Does dim cynllun gweithredu yn y ffeil hon i'w ychwanegu ato.
session-plan-place = Safle { $rank }{ $tied ->
    [yes] {" "}(cyfartal)
   *[no] {""}
}
session-plan-votes = { $count ->
    [one] 1 bleidlais
   *[other] { $count } pleidlais
}
session-plan-added = Wedi'i ychwanegu at y cynllun:
session-plan-make-draft = Gwneud hwn yn gam gweithredu drafft
session-vote-spent = Mae { $who } wedi defnyddio eu holl bleidleisiau. Ar gyfer y person nesaf, dewiswch “Rhywun yn yr ystafell” o dan “Pwy sy'n pleidleisio?”.
session-vote-last = Dot wedi'i ychwanegu at “{ $theme }”. Dyna bleidlais olaf { $who }: rhowch y ddyfais i'r person nesaf.
session-vote-added = Dot wedi'i ychwanegu at “{ $theme }”.
session-votes-left = Pleidleisiau ar ôl: { $count }
session-votes-show = Dangos y pleidleisiau
session-votes-showing = Mae'r pleidleisiau'n cael eu dangos.
session-vote-theme-votes = { $statements ->
    [one] 1 datganiad
   *[other] { $statements } datganiad
} · { $votes ->
    [one] 1 bleidlais
   *[other] { $votes } pleidlais
}
session-vote-theme-hidden = { $statements ->
    [one] 1 datganiad
   *[other] { $statements } datganiad
} · Pleidleisiau'n gudd
session-vote-add = Ychwanegu dot at { $theme }
session-who-is-voting = Pwy sy'n pleidleisio?
session-who-is-voting-hint = Pasiwch y ddyfais o gwmpas. Ar ôl pleidlais olaf pob person, mae “Rhywun yn yr ystafell” yn cael ei ddewis eto ar gyfer y person nesaf.
session-room-voter = Rhywun yn yr ystafell
session-provenance-title = O ble daeth y cam gweithredu hwn
session-provenance-drafted = Drafftiwyd yn y sesiwn gyd-gynhyrchu { $session }.
session-provenance-unnamed = sesiwn gyd-gynhyrchu
session-provenance-theme = Thema
session-provenance-votes = Pleidleisiau
session-provenance-none = Dim datganiadau i'w dangos: maent wedi cael eu cuddio neu eu tynnu.
session-provenance-elsewhere = Mae'r datganiadau'n cael eu cadw gyda'r sesiwn fyw. Agorwch y sesiwn ar y ddyfais hon i gadw copi yma.

## Cymorth: canllaw byr i bob peth y gall pobl ei wneud.

help-title = Help
help-intro = Canllawiau byr i bob peth y gallwch ei wneud yma. Mae pob un yn cymryd ychydig funudau i'w ddarllen.
help-all = Pob help
help-plan-title = Drafftio cynllun gweithredu ardal
help-plan-summary = Ysgrifennwch gamau gweithredu sy'n benodol, yn fesuradwy, ag arweinydd ac amserlen, a chadwch olwg arnynt.
help-pack-title = Creu pecyn gweithredu cymunedol
help-pack-summary = Trowch gamau gweithredu cynllun yn becyn wedi'i argraffu ar gyfer grŵp, gyda chysylltiadau, lleoedd a digwyddiadau.
help-session-title = Rhedeg sesiwn gyd-gynhyrchu
help-session-summary = Clywch beth sydd ei angen ar ofalwyr, grwpiwch e'n themâu, pleidleisiwch, a throwch y prif themâu yn gamau gweithredu.
help-sharing-title = Rhannu cynllun yn ddiogel
help-sharing-summary = Gwneud copi wrth gefn o gynllun, anfon copi, uno newidiadau cydweithiwr, a chadw manylion gofalwyr yn breifat.
help-strategy-title = Y strategaeth y tu ôl i'r pecyn cymorth hwn
help-strategy-summary = Gweledigaeth, cenhadaeth a meysydd ffocws y fwrdeistref, gyda'r ymrwymiadau ym mhob un.
help-strategy-vision = Ein gweledigaeth
help-strategy-mission = Ein cenhadaeth
help-strategy-areas = Meysydd ffocws
help-strategy-commit = Yr hyn rydym yn ymrwymo iddo
help-plan-step-1 = Dechrau cynllun
help-plan-step-1-text = Ar yr Hafan, o dan “Dechrau cynllun newydd”, teipiwch enw'r ardal a dewiswch “Dechrau cynllun”. Mae'r cynllun yn cael ei gadw ar y ddyfais hon ac yn gweithio heb y rhyngrwyd.
help-plan-step-2 = Ychwanegu camau gweithredu
help-plan-step-2-text = Mae gan bob maes ffocws “Ychwanegu cam gweithredu”. Dywedwch beth fydd yn digwydd, sut byddwch chi'n gwybod ei fod wedi gweithio (rhif y gallwch ei gyfrif), pwy fydd yn ei arwain, ac erbyn pryd.
help-plan-step-3 = Dilyn yr awgrymiadau
help-plan-step-3-text = Wrth ymyl pob cam gweithredu, mae “Beth sydd ei angen ar y cam gweithredu hwn o hyd” yn dweud beth sydd ar goll: arweinydd, mesur y gallwch ei gyfrif, neu ddyddiad. Mae cam gweithredu heb ddim o'r rhain ar goll yn SMART.
help-plan-step-4 = Sgorio cynnydd
help-plan-step-4-text = Wrth i'r gwaith fynd yn ei flaen, sgoriwch bob cam gweithredu yn goch, oren neu wyrdd ac ychwanegwch dystiolaeth: nodyn neu ddolen sy'n dangos beth sydd wedi digwydd. Marciwch ef yn gyflawn pan fydd wedi'i wneud.
help-plan-step-5 = Gweld y cynllun cyfan
help-plan-step-5-text = Mae “Trosolwg” yn cyfrif camau gweithredu yn ôl maes a statws ac yn rhestru beth sydd ar goll o hyd. Mae “Argraffu” yn gosod y cynllun ar A4 ar gyfer cyfarfod.
help-pack-step-1 = Dewis ar gyfer pwy mae e
help-pack-step-1-text = Mewn cynllun, agorwch “Pecynnau gweithredu” a “Gwneud pecyn gweithredu” ar gyfer y bobl mae e ar eu cyfer. Mae cares yn drafftio camau awgrymedig o gamau gweithredu'r cynllun.
help-pack-step-2 = Gwirio'r camau
help-pack-step-2-text = Darllenwch bob cam fel y bydd y bobl mae e ar eu cyfer yn ei ddarllen, a newidiwch y geiriau lle mae angen.
help-pack-step-3 = Ychwanegu cysylltiadau, lleoedd a digwyddiadau
help-pack-step-3-text = Ychwanegwch pwy i'w ffonio, ble gall gofalwyr gwrdd, a beth sydd i ddod. Peidiwch ag ychwanegu manylion person oni bai ei fod wedi cytuno i gael ei restru.
help-pack-step-4 = Ei argraffu
help-pack-step-4-text = Mae “Argraffu'r pecyn hwn” yn ei osod ar A4. Gwiriwch e unwaith ar bapur cyn ei rannu.
help-session-step-1 = Dechrau'r sesiwn
help-session-step-1-text = Mewn cynllun, agorwch “Sesiynau”. Dewiswch “Ar y ddyfais hon” i basio un ddyfais o gwmpas yr ystafell, neu “Ar eu ffonau eu hunain” fel bod pobl yn ymuno gyda chod.
help-session-step-2 = Rhannu
help-session-step-2-text = Mae pobl yn dweud beth sydd ei angen arnynt, gan ddechrau “Mae angen…”. Gallant ddefnyddio enw ffug os ydynt yn dymuno. Gallwch guddio datganiad sy'n enwi rhywun neu'n rhannu manylion preifat.
help-session-step-3 = Grwpio
help-session-step-3-text = Gwnewch themâu a rhowch bob datganiad mewn un. Gellir ailenwi ac uno themâu.
help-session-step-4 = Blaenoriaethu
help-session-step-4-text = Mae pawb yn rhoi eu dotiau ar y themâu sydd bwysicaf. Mae'r pleidleisiau'n aros yn gudd nes i chi ddewis “Dangos y pleidleisiau”.
help-session-step-5 = Cynllunio
help-session-step-5-text = Trowch y prif themâu yn gamau gweithredu drafft. Mae pob un yn cofio'r sesiwn a'r datganiadau y daeth ohonynt. Mae'r crynodeb yn rhoi niferoedd yn unig, byth enwau.
help-sharing-step-1 = Gwneud copi wrth gefn
help-sharing-step-1-text = Mae cynllun yn byw yn y porwr hwn. Ar “Rhannu”, dewiswch “Lawrlwytho copi” bob hyn a hyn, a chadwch y ffeil yn rhywle diogel. Mae “Agor ffeil cynllun” ar yr Hafan yn dod ag ef yn ôl.
help-sharing-step-2 = Anfon copi
help-sharing-step-2-text = Anfonwch y ffeil a lawrlwythwyd at gydweithiwr. Pan fyddant yn anfon eu un nhw yn ôl, agorwch hi a dewiswch uno: rydych chi'n gweld beth fydd yn newid yn gyntaf, a lle newidiodd y ddau ohonoch yr un peth rydych chi'n dewis pa un i'w gadw.
help-sharing-step-3 = Taenlenni
help-sharing-step-3-text = Mae “Lawrlwytho camau gweithredu fel taenlen” yn rhoi ffeil CSV neu Excel gyda cholofnau llyfr gwaith y cyngor. Mae'r naill neu'r llall yn agor yn ôl yn gynllun.
help-sharing-step-4 = Cadw manylion gofalwyr yn breifat
help-sharing-step-4-text = Peidiwch ag ysgrifennu enw, cyfeiriad nac iechyd gofalwr mewn cam gweithredu. Mae crynodebau sesiynau ac allforion yn cario niferoedd a geiriau, byth pwy a'u dywedodd. Gall pobl ofyn i'w geiriau gael eu tynnu unrhyw bryd.
finding-phrase-vague-action = nod, nid yr hyn fydd yn digwydd

## Mewngofnodi, lle mae gweinydd yn gadael i hwyluswyr yn unig ddechrau pethau.

key-empty = Gludwch yr allwedd hwylusydd a gawsoch.
key-wrong-shape = Mae allwedd hwylusydd yn 64 llythyren a rhif (0 i 9 ac a i f). Copïwch y cyfan a rhowch gynnig arall arni.
key-not-kept = Ni fyddai'r porwr hwn yn cadw'r allwedd. Gwiriwch nad yw mewn pori preifat, yna rhowch gynnig arall arni.
sign-in-title = { $doing ->
    [share] Mewngofnodwch i rannu'r cynllun hwn
   *[session] Mewngofnodwch i ddechrau sesiwn
}
sign-in-intro = { $doing ->
    [share] Dim ond hwyluswyr sy'n cael rhannu cynlluniau ar y gweinydd hwn. Mewngofnodwch gyda'ch cyfrif cyngor, neu defnyddiwch yr allwedd hwylusydd a gawsoch. Gofynnwch i bwy bynnag sy'n rhedeg y gweinydd os nad oes gennych yr un o'r ddau.
   *[session] Dim ond hwyluswyr sy'n cael dechrau sesiynau ar y gweinydd hwn. Mewngofnodwch gyda'ch cyfrif cyngor, neu defnyddiwch yr allwedd hwylusydd a gawsoch. Gofynnwch i bwy bynnag sy'n rhedeg y gweinydd os nad oes gennych yr un o'r ddau.
}
sign-in-key-refused = Ni chafodd yr allwedd hwylusydd sydd ar y ddyfais hon ei derbyn. Efallai ei bod wedi'i thynnu'n ôl: gofynnwch am un newydd.
sign-in-account = Mewngofnodi gyda'ch cyfrif cyngor
sign-in-key-label = Allwedd hwylusydd
sign-in-key-hint = Gludwch hi unwaith: mae'r ddyfais hon yn ei chadw.
sign-in-keep = Cadw'r allwedd hon ar y ddyfais hon
sign-in-forget = Anghofio'r allwedd
sign-in-kept = { $doing ->
    [share] Mae'r allwedd wedi'i chadw ar y ddyfais hon. Pwyswch “Rhannu” eto.
   *[session] Mae'r allwedd wedi'i chadw ar y ddyfais hon. Pwyswch “Dechrau sesiwn” eto.
}

## Rhannu cynllun drwy'r gweinydd.

server-sign-in-needed-share = Dim ond hwyluswyr sy'n cael rhannu cynlluniau ar y gweinydd hwn. Mewngofnodwch, yna rhowch gynnig arall arni.
share-already-shared = Mae'r cynllun hwn eisoes wedi'i rannu drwy'r gweinydd hwn o ddyfais arall. Gofynnwch i bwy bynnag a'i rhannodd am y ddolen.
share-too-large = Mae'r cynllun hwn yn rhy fawr i'r gweinydd ei rannu. Lawrlwythwch gopi ac anfonwch y ffeil yn lle hynny.
share-link-dead = Nid yw'r ddolen hon yn agor cynllun bellach. Efallai ei bod wedi'i hatal, neu mai dim ond rhan ohoni a gopïwyd. Gofynnwch am y ddolen eto.
share-cannot-stop = Ni all y gweinydd hwn atal dolen eto. Gofynnwch i bwy bynnag sy'n ei redeg dynnu dolen y cynllun hwn yn ôl.

## Meysydd dyddiad.

date-hint = Diwrnod, mis a blwyddyn, fel 31/03/2026.
date-not-a-day = Rhowch ddiwrnod, mis a blwyddyn, fel 31/03/2026.
date-calendar = Calendr

## Y ffrâm o amgylch cynllun agored: ei lywio, cadw a llwytho.

frame-backup-nudge = Dim ond y ddyfais hon sydd â'r cynllun hwn. Lawrlwythwch gopi i'w gadw'n ddiogel.
frame-backup-link = Ewch i Rannu a gwneud copi wrth gefn
frame-save-failed = Heb ei gadw: { $reason }. Lawrlwythwch gopi nawr.
frame-save-refused = Heb ei gadw: gweler y neges wrth y maes. Mae'r hyn a deipiwyd gennych yn cael ei gadw ar y ddyfais hon.
frame-saved = Wedi'i gadw ar y ddyfais hon
frame-saving = Yn cadw…
frame-storage-kept = Mae'r porwr hwn wedi cytuno i gadw eich gwaith.
frame-storage-may-delete = Gall y porwr hwn ddileu eich gwaith os na fyddwch yn ymweld am gyfnod. Lawrlwythwch gopi i'w gadw'n ddiogel.
frame-storage-device-only = Mae eich gwaith wedi'i gadw ar y ddyfais hon yn unig.
frame-nav-label = Cynllun
frame-nav-programme = Rhaglen y fwrdeistref
frame-nav-actions = Camau
frame-nav-overview = Trosolwg
frame-nav-packs = Pecynnau gweithredu
frame-nav-sessions = Sesiynau
frame-nav-share = Rhannu
frame-nav-print = Argraffu
frame-loading = Yn llwytho eich cynllun…
frame-whole-borough = Y fwrdeistref gyfan
frame-not-found-title = Heb ddod o hyd i'r cynllun
frame-not-found-text = Ni allem ddod o hyd i'r cynllun hwn ar y ddyfais hon.
frame-not-found-file = Os anfonodd rhywun y cynllun atoch fel ffeil, agorwch hi o'r dudalen gartref.
frame-go-to-plans = Ewch i'ch cynlluniau
frame-unreadable-title = Nid oedd modd agor y cynllun hwn
frame-unreadable-text = Ni allem agor y cynllun hwn: { $reason }.
frame-unreadable-copy = Os oes gennych gopi wedi'i lawrlwytho, gallwch ei agor o'r dudalen gartref.
frame-removed-elsewhere = Cafodd y cynllun hwn ei ddisodli neu ei dynnu mewn tab arall, felly ni ellir cadw newidiadau yma mwyach.
frame-merge-nothing = Nid yw uno yn newid dim yma: mae gan y cynllun hwn bopeth sydd yn y ffeil yn barod.
frame-merge-will = Bydd uno yn gwneud y newidiadau hyn i'ch cynllun:
frame-merge-other = Newidiadau eraill y tu allan i'r camau (teitlau, pecynnau neu sesiynau)
frame-merge-both = Newidiodd y ddau ohonoch { $count ->
    [zero] dim byd
    [one] 1 peth
    [two] 2 beth
   *[other] { $count } o bethau
} yn wahanol. Ar ôl uno gallwch ddewis pa un i'w gadw.
frame-conflicts-title = Newidiodd y ddau ohonoch y rhain
frame-conflicts-intro = Cadwodd yr uno un gwerth ar gyfer pob un. Gwiriwch bob un a chadw'r gwerth cywir.
frame-conflict-title = { $part }: “{ $what }”
frame-conflict-not-kept = Nid oedd modd cadw hynny: { $reason }.
frame-conflict-kept = { $whose ->
    [mine] Cadwyd eich un chi: { $value }
   *[theirs] Cadwyd eu un nhw: { $value }
}
frame-conflict-now = { $whose ->
    [mine] Mae gan y cynllun eich un chi nawr: { $value }
   *[theirs] Mae gan y cynllun eu un nhw nawr: { $value }
}
frame-conflict-yours = Eich un chi
frame-conflict-theirs = Eu un nhw
frame-conflict-keep-mine = Cadw fy un i
frame-conflict-keep-theirs = Cadw eu un nhw
frame-download-copy = Lawrlwytho copi
frame-copy-failed = Nid oedd modd gwneud y copi: { $reason }. Rhowch gynnig arall arni, neu defnyddiwch borwr arall.
frame-copy-done = Copi wedi'i lawrlwytho { $date }. Cadwch y ffeil yn rhywle diogel, fel eich e-bost neu gof bach.
frame-download-csv = Lawrlwytho'r camau fel taenlen (CSV)
frame-download-xlsx = Lawrlwytho'r camau fel taenlen (.xlsx)
frame-download-no-actions = nid oes gan y cynllun hwn gamau i'w rhoi mewn taenlen
frame-download-failed = Nid oedd modd gwneud y daenlen: { $reason }.
frame-download-making = Yn gwneud y daenlen…
frame-new-label = Enw'r ardal
frame-new-hint = Er enghraifft, Maltby neu Wath. Bydd y cynllun yn cael ei alw'n “Maltby locality action plan”.
frame-new-missing = Rhowch enw eich ardal.
frame-new-too-long = Mae'r enw hwnnw'n rhy hir. Defnyddiwch lai na { $limit } nod.
frame-new-not-saved = Nid oedd modd cadw eich cynllun: { $reason }. Ni chrëwyd dim.
frame-new-start = Dechrau cynllun
frame-cancel = Canslo

## Y cynlluniau ar y ddyfais hon: y rhestr, ailenwi, archifo a dileu.

plans-restored = Mae “{ $title }” yn ôl ar y ddyfais hon.
plans-not-restored = Nid oedd modd rhoi “{ $title }” yn ôl: { $reason }.
plans-looking = Yn chwilio am eich cynlluniau…
plans-unreadable = Nid oedd modd darllen eich cynlluniau: { $reason }.
plans-none = Dim cynlluniau eto.
plans-all-archived = Mae pob cynllun ar y ddyfais hon wedi'i archifo.
plans-archived-list = Cynlluniau wedi'u harchifo ({ $count })
plans-undo = Dadwneud
plans-backed-up = Copi wedi'i lawrlwytho { $date }
plans-not-backed-up = Dim copi wrth gefn eto
plans-archived-on = Archifwyd { $date }
plans-changed = Newidiwyd ddiwethaf { $date }
plans-renamed = Ailenwyd yn “{ $title }”.
plans-unarchived = Mae “{ $title }” yn ôl yn eich cynlluniau.
plans-archived = Archifwyd “{ $title }”. Mae o dan “Cynlluniau wedi'u harchifo”.
plans-not-archived = Nid oedd modd archifo'r cynllun hwn: { $reason }.
plans-deleted = Dilëwyd “{ $title }” o'r ddyfais hon. Gallwch ddadwneud hyn am funud.
plans-not-deleted = Nid oedd modd dileu'r cynllun hwn: { $reason }.
plans-manage = Ailenwi, archifo neu ddileu
plans-new-title = Teitl newydd
plans-rename = Ailenwi
plans-unarchive = Rhoi yn ôl yn eich cynlluniau
plans-archive = Archifo
plans-delete = Dileu
plans-delete-confirm = Dileu'r cynllun hwn o'r ddyfais hon? Dim ond copi a lawrlwythwyd neu a rannwyd gennych fydd ar ôl.
plans-delete-yes = Ydw, dilëwch ef
plans-delete-keep = Ei gadw
plans-rename-unreadable = Nid oedd modd darllen y cynllun hwn: { $reason }.
plans-rename-gone = Nid yw'r cynllun hwn ar y ddyfais hon mwyach.
plans-title-blank = Rhowch deitl i'r cynllun.
plans-title-too-long = Gall teitl fod yn { $limit } nod ar y mwyaf.
plans-title-refused = Ni dderbyniwyd y teitl hwn: { $reason }.
plans-title-not-saved = Nid oedd modd cadw'r teitl newydd: { $reason }.
plans-delete-gone = nid yw ar y ddyfais hon mwyach
plans-page-title = Eich cynlluniau
plans-page-start = Dechrau cynllun newydd neu agor un o ffeil

## Pecynnau Gweithredu Cymunedau sy'n Deall Gofalwyr: y rhestr, yr adeiladwr a'r daflen.

packs-audience-employers = Cyflogwyr a busnesau
packs-audience-schools = Ysgolion
packs-audience-gp-practices = Meddygfeydd a fferyllfeydd
packs-audience-faith-groups = Grwpiau ffydd a chymunedol
packs-leaflet-for-employers = Ar gyfer cyflogwyr a busnesau
packs-leaflet-for-schools = Ar gyfer ysgolion
packs-leaflet-for-gp-practices = Ar gyfer meddygfeydd a fferyllfeydd
packs-leaflet-for-faith-groups = Ar gyfer grwpiau ffydd a chymunedol
packs-contacts-title = Cysylltiadau lleol
packs-contacts-none = Dim cysylltiadau eto. Ychwanegwch rywun y gall pobl gysylltu ag ef.
packs-contacts-add = Ychwanegu cyswllt
packs-contacts-name-missing = Rhowch enw'r cyswllt.
packs-contact-name = Enw
packs-contact-role = Rôl neu sefydliad
packs-contact-reach = Sut i gysylltu â nhw
packs-contact-reach-hint = Rhif ffôn, cyfeiriad e-bost neu amser galw heibio.
packs-places-title = Mannau cyfarfod
packs-places-none = Dim mannau cyfarfod eto. Ychwanegwch rywle y gall gofalwyr gyfarfod.
packs-places-add = Ychwanegu man cyfarfod
packs-places-name-missing = Rhowch enw'r lle.
packs-place-name = Enw'r lle
packs-place-address = Cyfeiriad
packs-place-when = Pryd
packs-place-when-hint = Er enghraifft: dydd Mawrth, 10am tan 12 hanner dydd.
packs-events-title = Digwyddiadau
packs-events-none = Dim digwyddiadau eto. Ychwanegwch rywbeth sydd i ddod y gall gofalwyr fynd iddo.
packs-events-add = Ychwanegu digwyddiad
packs-events-name-missing = Rhowch beth yw'r digwyddiad.
packs-event-title = Digwyddiad
packs-event-date = Dyddiad
packs-event-place = Ble
packs-part-saved = Cadwyd y newidiadau i { $name }.
packs-part-added = Ychwanegwyd { $name }.
packs-part-edit = Golygu
packs-part-edit-named = Golygu { $name }
packs-part-remove = Tynnu
packs-part-remove-named = Tynnu { $name }
packs-part-editing = Yn golygu { $name }
packs-part-save = Cadw'r newidiadau
packs-title-blank = Rhowch deitl i'r pecyn.
packs-hints-title = Beth sydd ei angen ar y pecyn hwn o hyd
packs-hints-done = Mae'r pecyn hwn yn barod i'w argraffu.
packs-steps-title = Camau
packs-steps-intro = Ticiwch y camau i'w rhoi yn y pecyn. Gallwch newid geiriau unrhyw gam.
packs-step-include = Cynnwys cam { $number }
packs-step-from-plan = O'r cynllun
packs-step-wording = Geiriad y cam
packs-step-reword = Dyma eiriau'r cynllun, wedi'u hysgrifennu ar gyfer y bobl sy'n gwneud y cynllun. Aileiriwch nhw ar gyfer darllenwyr y pecyn hwn: dywedwch beth y gallan nhw ei wneud.
packs-step-add = Ychwanegu eich cam eich hun
packs-no-plan = Nid oes gan y ffeil hon gynllun gweithredu i lunio pecyn ohono.
packs-title = Pecynnau gweithredu
packs-intro = Mae pecyn gweithredu yn dweud wrth un grŵp o bobl, fel cyflogwyr lleol neu ysgolion, beth y gallan nhw ei wneud i gefnogi gofalwyr, gyda chysylltiadau lleol a mannau i gyfarfod.
packs-none = Dim pecynnau gweithredu eto.
packs-untitled = Pecyn heb deitl
packs-for = Ar gyfer: { $audience }
packs-make-title = Gwneud pecyn gweithredu
packs-make-who = Ar gyfer pwy mae e?
packs-make-start = Dechrau pecyn
packs-this-pack = y pecyn gweithredu hwn
packs-back = Yn ôl i'r pecynnau gweithredu
packs-heading-untitled = Pecyn gweithredu
packs-field-title = Teitl y pecyn
packs-field-intro = Cyflwyniad
packs-print-link = Argraffu'r pecyn hwn
packs-print-back = Yn ôl i'r pecyn
packs-print-needs = Cyn i chi argraffu, mae angen y canlynol ar y pecyn hwn o hyd:
packs-print = Argraffu
packs-leaflet-steps = Beth allwch chi ei wneud

## Yr hidlwyr uwchben camau cynllun.

filters-label = Hidlo camau
filters-area = Maes ffocws
filters-all-areas = Pob maes
filters-status = Statws
filters-all-statuses = Pob statws
filters-overdue = Yn hwyr
filters-needs-attention = Angen sylw
filters-lead = Arweinydd
filters-all-leads = Pob arweinydd
filters-no-lead = Dim arweinydd eto
filters-organisation = Sefydliad arweiniol
filters-all-organisations = Pob sefydliad
filters-search = Chwilio camau

## Y dudalen cyn i'r ap redeg (wedi'i hysgrifennu yn index.html wrth ei adeiladu).

loading-failed = Nid oedd modd llwytho'r dudalen hon. Gwiriwch eich bod ar-lein, yna rhowch gynnig arall arni.
loading-retry = Rhoi cynnig arall arni
loading-noscript = Mae angen JavaScript ar yr ap hwn. Trowch ef ymlaen yng ngosodiadau eich porwr, yna ail-lwythwch y dudalen.
frame-progress-legend = Cynnydd
## Negeseuon y craidd (cares-core): pam y gwrthodwyd newid, cam sesiwn a wrthodwyd,
## calendr yr ysgol, canfyddiadau'r cynllun grymuso, problemau ffeil cyfrifon, pennawd
## tabl crynodeb y sesiwn a'r enw dros dro i rywun sy'n pleidleisio ar ddyfais yr
## hwylusydd. Allweddi yw'r geiriau yn { $field }, { $what } a { $doing }; dangosir
## dynodwyr fel y maent.

core-edit-no-plan = dim cynllun â'r dynodwr { $id }
core-edit-no-action = dim cam gweithredu â'r dynodwr { $id } yn y cynllun hwn
core-edit-not-found = dim { $what ->
    [session] sesiwn
    [action-pack] pecyn gweithredu
    [self-assessment] hunanasesiad
    [member] aelod
    [meeting] cyfarfod
   *[other] { $what }
} â'r dynodwr { $id }
core-edit-no-section = dim adran â'r dynodwr { $id } yn y cynllun hwn
core-edit-already-there = mae { $what ->
    [plan] cynllun
    [section] adran
    [action] cam gweithredu
    [session] sesiwn
   *[other] { $what }
} â'r dynodwr { $id } yno'n barod
core-edit-blank = mae { $field ->
    [title] y teitl
    [plan-title] teitl y cynllun
    [section-title] teitl yr adran
    [what-will-happen] beth fydd yn digwydd
    [evidence] y dystiolaeth
    [pack-title] teitl y pecyn
    [organisation-name] enw'r sefydliad
    [locality-name] enw'r ardal
    [network-name] enw'r rhwydwaith
    [member-name] enw'r aelod
    [meeting-title] teitl y cyfarfod
    [rep-name] enw'r cynrychiolydd
   *[other] { $field }
} yn wag
core-edit-too-long = mae { $field ->
    [title] y teitl
    [plan-title] teitl y cynllun
    [section-title] teitl yr adran
    [what-will-happen] beth fydd yn digwydd
    [reference] y cyfeirnod
    [measure] y mesur
    [timescale] yr amserlen
    [milestone] carreg filltir
    [lead] yr arweinydd
    [lead-organisation] y sefydliad arweiniol
    [note] y nodyn
    [evidence] y dystiolaeth
    [link] y ddolen
    [pack-title] teitl y pecyn
    [step] cam
    [organisation-name] enw'r sefydliad
    [locality-name] enw'r ardal
    [network-name] enw'r rhwydwaith
    [member-name] enw'r aelod
    [meeting-title] teitl y cyfarfod
    [place] y lle
    [rep-name] enw'r cynrychiolydd
   *[other] { $field }
} yn { $chars } nod o hyd; { $limit } yw'r mwyaf a ganiateir
core-session-wrong-phase = mae { $doing ->
    [adding-a-statement] ychwanegu datganiad
    [making-a-theme] gwneud thema
    [renaming-a-theme] ailenwi thema
    [grouping-a-statement] grwpio datganiad
    [merging-themes] uno themâu
    [removing-a-theme] dileu thema
    [voting] pleidleisio
    [taking-back-a-vote] tynnu pleidlais yn ôl
   *[other] { $doing }
} yn perthyn i'r cam { $needed ->
    [share] rhannu
    [group] grwpio
    [prioritise] blaenoriaethu
    [plan] cynllunio
   *[closed] ar gau
}, ac mae'r sesiwn hon yn y cam { $phase ->
    [share] rhannu
    [group] grwpio
    [prioritise] blaenoriaethu
    [plan] cynllunio
   *[closed] ar gau
}
core-session-closed = mae'r sesiwn wedi cau, felly nid yw { $doing ->
    [adding-a-statement] ychwanegu datganiad
    [revealing-the-votes] dangos y pleidleisiau
    [drafting-an-action] drafftio cam gweithredu
    [joining] ymuno
   *[other] { $doing }
} yn bosibl mwyach
core-session-not-next-phase = ni all y sesiwn fynd o'r cam { $from ->
    [share] rhannu
    [group] grwpio
    [prioritise] blaenoriaethu
    [plan] cynllunio
   *[closed] ar gau
} i'r cam { $to ->
    [share] rhannu
    [group] grwpio
    [prioritise] blaenoriaethu
    [plan] cynllunio
   *[closed] ar gau
}; mae'r camau'n mynd rhannu, grwpio, blaenoriaethu, cynllunio, ar gau, un cam ar y tro
core-session-no-themes = does dim themâu i bleidleisio arnynt eto; grwpiwch rai datganiadau yn thema yn gyntaf
core-session-blank-title = mae angen teitl ar y sesiwn
core-session-title-too-long = gall teitl sesiwn fod hyd at { $max } nod; mae gan hwn { $chars }
core-session-no-votes-per-person = mae angen o leiaf un bleidlais ar bob person
core-session-blank-pseudonym = dewiswch enw i'w ddangos; gall fod yn enw ffug
core-session-pseudonym-too-long = gall enw i'w ddangos fod hyd at { $max } nod; mae gan hwn { $chars }
core-session-duplicate-participant = mae'r cyfranogwr { $participant } eisoes wedi ymuno â'r sesiwn hon
core-session-unknown-participant = nid yw'r cyfranogwr { $participant } yn y sesiwn hon
core-session-erased = mae'r cyfranogwr { $participant } wedi'i ddileu o'r sesiwn hon ar ei gais, felly ni chymerir dim mwy ganddo
core-session-blank-statement = mae angen geiriau mewn datganiad
core-session-statement-too-long = gall datganiad fod hyd at { $max } nod; mae gan hwn { $chars }
core-session-duplicate-statement = mae'r datganiad { $statement } eisoes yn y sesiwn hon
core-session-unknown-statement = nid yw'r datganiad { $statement } yn y sesiwn hon
core-session-blank-theme-name = mae angen enw ar thema
core-session-theme-name-too-long = gall enw thema fod hyd at { $max } nod; mae gan hwn { $chars }
core-session-theme-name-taken = mae thema o'r enw "{ $name }" yn barod
core-session-duplicate-theme = mae'r thema { $theme } eisoes yn y sesiwn hon
core-session-unknown-theme = nid yw'r thema { $theme } yn y sesiwn hon
core-session-merge-into-itself = ni ellir uno'r thema { $theme } â hi ei hun
core-session-no-votes-left = mae'r cyfranogwr { $participant } wedi defnyddio pob un o'u { $budget } pleidlais; tynnwch un yn ôl i bleidleisio eto
core-session-headcount-out-of-range = gall nifer y bobl sy'n cymryd rhan fod rhwng 1 a { $max }; { $people } oedd hwn
core-session-no-vote-to-withdraw = nid oes gan y cyfranogwr { $participant } bleidlais ar y thema { $theme } i'w thynnu'n ôl
core-school-day-ends-before-it-starts = mae diwrnod ysgol yn gorffen am { $ends } ond yn dechrau am { $starts }; rhaid iddo orffen ar ôl iddo ddechrau
core-empowerment-young-carer-in-school-hours = Mae { $rep } yn ofalwr ifanc a bydd yn yr ysgol yn ystod { $meeting } ({ $weekday ->
    [1] Llun
    [2] Maw
    [3] Mer
    [4] Iau
    [5] Gwe
    [6] Sad
   *[7] Sul
} { $day } { $month ->
    [1] Ion
    [2] Chwef
    [3] Maw
    [4] Ebr
    [5] Mai
    [6] Meh
    [7] Gorff
    [8] Awst
    [9] Medi
    [10] Hyd
    [11] Tach
   *[12] Rhag
} { $year }), { $starts } i { $ends }. Gofynnwch am gynnal y cyfarfod ar ôl ysgol neu yn y gwyliau, neu trefnwch gynrychiolydd arall.
core-empowerment-no-carer-voice = Does dim cynrychiolydd gofalwyr sy'n gallu mynd wedi'i drefnu ar gyfer { $meeting } ({ $weekday ->
    [1] Llun
    [2] Maw
    [3] Mer
    [4] Iau
    [5] Gwe
    [6] Sad
   *[7] Sul
} { $day } { $month ->
    [1] Ion
    [2] Chwef
    [3] Maw
    [4] Ebr
    [5] Mai
    [6] Meh
    [7] Gorff
    [8] Awst
    [9] Medi
    [10] Hyd
    [11] Tach
   *[12] Rhag
} { $year }), cyfarfod strategol allweddol. Trefnwch gynrychiolydd fel bod llais gofalwyr yn cael ei glywed yno.
core-empowerment-rep-over-committed = Mae { $rep } wedi'i drefnu ar gyfer { $count } cyfarfod yn { $number ->
    [1] Ebrill i Fehefin
    [2] Gorffennaf i Fedi
    [3] Hydref i Ragfyr
   *[4] Ionawr i Fawrth
} { $year } ({ $quarter }), mwy na'r { $max } y cytunodd iddynt. Rhannwch rai gyda chynrychiolydd arall, neu gwiriwch eu bod yn hapus i wneud mwy.
core-empowerment-unknown-rep = Mae rhywun nad yw'n un o gynrychiolwyr y cynllun (aelod { $member }) wedi'i drefnu ar gyfer cyfarfod. Ychwanegwch nhw fel cynrychiolydd neu dilëwch y trefniant.
core-empowerment-unknown-meeting = Mae cynrychiolydd wedi'i drefnu ar gyfer cyfarfod nad yw yn y rhwydwaith (cyfarfod { $meeting }). Efallai iddo gael ei ddileu; dilëwch y trefniant neu ychwanegwch y cyfarfod eto.
core-counts-too-large = mae'r ffeil yn { $bytes } beit; gall ffeil cyfrifon fod yn { $max } beit ar y mwyaf
core-counts-empty = does dim cyfrifon yn y ffeil: mae angen llinell bennawd (marker, locality, quarter, count) a llinell ar gyfer pob cyfrif
core-counts-missing-column = llinell 1: does dim colofn "{ $column }"; mae angen marker, locality, quarter a count yn y pennawd
core-counts-unreadable = llinell { $line }: { $problem }
core-counts-unknown-marker = llinell { $line }: nid yw "{ $text }" yn farciwr cynnydd; defnyddiwch enw fel "meeting-places" neu "Meeting places for carers"
core-counts-unknown-quarter = llinell { $line }: nid yw "{ $text }" yn chwarter; ysgrifennwch ef fel "2024-Q1" neu "2024-25 Q1" (Ebrill i Fehefin yw Q1)
core-counts-negative = llinell { $line }: mae'r cyfrif { $text } yn llai na sero; mae cyfrifon yn 0 neu fwy
core-counts-not-a-count = llinell { $line }: nid yw "{ $text }" yn gyfrif; ysgrifennwch rif cyfan fel 12
core-counts-repeated = mae llinell { $line } yn cyfrif yr un marciwr, ardal a chwarter â llinell { $first }; cadwch un
core-summary-theme = Thema
core-summary-statement = Datganiad
core-room-voter = Rhywun yn yr ystafell { $number }

## Darllen tabl cynllun gweithredu cyngor (cares-core `table`): beth a ddarllenwyd
## gydag amheuaeth. Pennawd colofn fel y mae'r craidd yn ei enwi yw { $heading };
## geiriau'r tabl ei hun yw { $text } a { $reference }.

core-import-second-column = ail golofn "{ $heading }"; dim ond y gyntaf a fewnforiwyd
core-import-unknown-column = ni chafodd y golofn hon ei hadnabod ac ni chafodd ei mewnforio
core-import-above-header = ni chafodd y testun uwchben y rhes pennawd ei fewnforio: "{ $text }"
core-import-no-heading = nid oes pennawd gan golofn { $number }; ni chafodd ei chelloedd eu mewnforio
core-import-not-imported = ni chafodd y celloedd o dan "{ $heading }" eu mewnforio
core-import-charter-row = mae celloedd eraill wedi'u llenwi mewn rhes pennawd "Charter commitment"; dim ond ei phennawd a fewnforiwyd
core-import-no-wording = nid oes cyfeirnod na thestun cam gweithredu yn y rhes hon, ac nid oes cam gweithredu uwch ei phen i'w hychwanegu ato; fe'i mewnforiwyd fel cam gweithredu heb eiriad
core-import-reference-again = defnyddir y cyfeirnod "{ $reference }" eto yn yr adran hon (y tro cyntaf ar linell { $first })
core-import-no-area = nid oedd modd darllen rhif maes ffocws yn "{ $text }"
core-import-no-date = nid oedd modd darllen dyddiad yn "{ $text }"
core-import-not-a-rating = nid yw "{ $text }" yn sgôr (Red, Amber, Green, Complete neu Not started); ni chafodd ei fewnforio

## Merging another copy of a plan (cares-core `merging`): the part of an action that
## changed ({ $part } is its key), what a merge does to an action, a value both people
## set, and why two copies cannot be merged. Lists are joined by core-list-comma and
## core-list-and. What people wrote comes in { $text } and { $what }, as written.

core-action-part = { $part ->
    [what] Beth fydd yn digwydd
    [reference] Cyfeirnod
    [section] Adran
    [measure] Mesur
    [milestones] Cerrig milltir
    [lead] Arweinydd
    [commenced] Dyddiad dechrau
    [due] Dyddiad cwblhau disgwyliedig
    [review] Dyddiad adolygu
    [completed] Dyddiad cwblhau
    [timescale-as-written] Amserlen fel y'i hysgrifennwyd
    [links] Cysylltiadau â'r strategaeth
    [rating] Sgôr cynnydd
    [evidence] Tystiolaeth
   *[position] Lle yn y cynllun
}
core-merge-part = { $part ->
    [what] beth fydd yn digwydd
    [reference] cyfeirnod
    [section] adran
    [measure] mesur
    [milestones] cerrig milltir
    [lead] arweinydd
    [commenced] dyddiad dechrau
    [due] dyddiad cwblhau disgwyliedig
    [review] dyddiad adolygu
    [completed] dyddiad cwblhau
    [timescale-as-written] amserlen fel y'i hysgrifennwyd
    [links] cysylltiadau â'r strategaeth
    [rating] sgôr cynnydd
    [evidence] tystiolaeth
   *[position] lle yn y cynllun
}
core-merge-added = Cam newydd: “{ $what }”
core-merge-removed = Wedi'i dynnu: “{ $what }”
core-merge-changed = “{ $what }”: newidiwyd { $parts }
core-merge-empty = (gwag)
core-merge-written = { $text }
core-merge-date = { $day }
core-merge-list = { $items }
core-merge-milestone = { $text } ({ $due })
core-merge-link-area = maes { $number }
core-merge-link-commitment = ymrwymiad { $number }
core-merge-replica-reused = gwnaeth y ddau gopi newidiadau gwahanol o dan yr un enw dyfais, felly byddai eu huno yn colli un ohonynt
core-merge-different-document = mae'r ffeil hon yn dal cynllun gwahanol, nid copi o'r un hwn
core-merge-different-snapshot = dechreuodd y ddau gopi o fersiynau gwahanol o'r cynllun, felly nid oes modd uno eu newidiadau un wrth un
core-merge-before-checkpoint = mae gan un copi newidiadau a wnaed cyn i'r llall gael ei dacluso (ei hanes hŷn wedi'i gasglu'n un ciplun), felly nid oes modd rhoi'r newidiadau hynny yn eu lle mwyach; gwnewch nhw eto yn y copi mwy newydd
core-list-comma = { $rest }, { $next }
core-list-and = { $rest } a { $last }

## Geiriau'r llinell orchymyn (cares-cli): `cares empowerment`.

cli-empowerment-title = Cynllun Grymuso Gofalwyr, o { $quarter } ({ $number ->
    [1] Ebrill i Fehefin
    [2] Gorffennaf i Fedi
    [3] Hydref i Ragfyr
   *[4] Ionawr i Fawrth
} { $year })
cli-empowerment-voice = { $reps ->
    [zero] Dim cynrychiolwyr gofalwyr
    [one] { $reps } cynrychiolydd gofalwyr
    [two] { $reps } gynrychiolydd gofalwyr
   *[other] { $reps } cynrychiolydd gofalwyr
}; mae gan { $voiced } o { $key } cyfarfod strategol allweddol lais gofalwyr.
cli-empowerment-nothing = Dim i edrych arno: mae gan bob cyfarfod allweddol lais gofalwyr, ac nid oes gofyn gormod gan unrhyw gynrychiolydd.
cli-progress-put = Rhoi { $count ->
    [zero] dim cyfrifon
    [one] 1 cyfrif
    [two] 2 gyfrif
   *[other] { $count } cyfrif
} yn { $file }:

## Adroddiadau'r llinell orchymyn (cares-cli): `cares report`, `borough`, `highlight`,
## `position` ac `import`. Daw enwau a ysgrifennodd pobl fel y'u hysgrifennwyd;
## allwedd sgôr cynnydd yw { $status }.

cli-status-meaning = { $status ->
    [not-started] nid yw'r gwaith wedi dechrau
    [red] ddim ar y trywydd iawn ac angen help
    [amber] rhywfaint o gynnydd, rhai pryderon
    [green] ar y trywydd iawn
   *[complete] wedi'i wneud
}
cli-report-page-title = { $title } – adroddiad cynnydd
cli-report-as-of = Adroddiad cynnydd ar { $day }.
cli-report-no-plans = Nid oes gan y ddogfen hon gynlluniau gweithredu eto.
cli-report-status-count = { $count } { $status ->
    [not-started] heb ddechrau (nid yw'r gwaith wedi dechrau)
    [red] coch (ddim ar y trywydd iawn ac angen help)
    [amber] ambr (rhywfaint o gynnydd, rhai pryderon)
    [green] gwyrdd (ar y trywydd iawn)
   *[complete] wedi'u cwblhau (wedi'u gwneud)
}
cli-report-statuses = { $actions ->
    [one] 1 cam gweithredu
   *[other] { $actions } cam gweithredu
}: { $statuses }.
cli-report-smart = Mae gan { $smart } o { $actions } arweinydd, mesur canlyniad a dyddiad.
cli-report-by-status = Cynnydd fesul statws
cli-report-status-caption = Camau gweithredu fesul statws
cli-report-column-status = Statws
cli-report-column-meaning = Beth mae'n ei olygu
cli-report-by-section = Cynnydd fesul adran
cli-report-column-section = Adran
cli-report-by-area = Cynnydd fesul maes ffocws
cli-report-by-lead = Cynnydd fesul arweinydd
cli-report-overdue = Camau gweithredu hwyr
cli-report-nothing-overdue = Nid oes yr un cam gweithredu yn hwyr.
cli-report-overdue-caption = Camau gweithredu a aeth heibio i'w dyddiad heb eu cwblhau
cli-report-column-action = Cam gweithredu
cli-report-column-what = Beth
cli-report-column-was-due = Roedd i fod erbyn
cli-report-no-lead = Dim arweinydd
cli-report-findings = Beth mae'r archwiliad SMART yn ei ganfod
cli-report-no-findings = Dim: mae gan bob cam gweithredu yr hyn sydd ei angen arno.
cli-report-findings-caption = Canfyddiadau'r archwiliad SMART
cli-report-column-finding = Canfyddiad
cli-report-column-how-many = Faint
cli-report-column-kind = Math
cli-borough-title = Y fwrdeistref ar yr olwg gyntaf
cli-borough-intro = { $actions ->
    [one] 1 cam gweithredu
   *[other] { $actions } cam gweithredu
} mewn { $plans ->
    [one] 1 cynllun
   *[other] { $plans } cynllun
}, ar { $day }.
cli-borough-by-locality = Cynnydd fesul ardal
cli-borough-by-locality-caption = Camau gweithredu fesul ardal
cli-borough-locality-by-area = { $locality }: fesul maes ffocws
cli-borough-top-findings = Beth mae'r archwiliad yn ei ganfod amlaf yn { $locality }: { $findings }.
cli-borough-by-organisation = Cynnydd fesul sefydliad arweiniol
cli-borough-by-organisation-caption = Camau gweithredu fesul sefydliad arweiniol
cli-borough-also-written = Mae { $name } hefyd wedi'i ysgrifennu { $others }
cli-borough-also-related = { $note }; yn perthyn i { $names }
cli-borough-related = Mae { $name } yn perthyn i { $names }
cli-borough-findings-caption = Canfyddiadau'r archwiliad SMART ym mhob cynllun
cli-highlight-markers = Dangosyddion cynnydd
cli-highlight-column-change = Newid
cli-highlight-improvement = { $action } ({ $theme }): { $organisations }
cli-position-who = { $count ->
    [one] 1 sefydliad
   *[other] { $count } sefydliad
}: { $organisations }.
cli-position-theme = { $theme }: { $answered ->
    [yes] mae { $strong } o { $total } ateb yn dweud ein bod yn gwneud hyn gan mwyaf neu'n llawn ({ $percent }%).
   *[no] nid oes yr un sefydliad wedi ateb eto.
}
cli-position-rating = { $rating } { $count }
cli-position-not-answered = Heb ei ateb gan: { $organisations }
cli-position-to-improve = I wella: { $action } ({ $organisations })
cli-position-weakest = Gwannaf: { $themes }.
cli-import-done = Mewnforiwyd { $actions ->
    [one] 1 cam gweithredu
   *[other] { $actions } cam gweithredu
} mewn { $sections ->
    [one] 1 adran
   *[other] { $sections } adran
} o { $table } i { $output }{ $doubts ->
    [0] {""}
    [one] ; mae 1 peth i'w wirio wedi'i restru uchod
   *[other] ; mae { $doubts } peth i'w gwirio wedi'u rhestru uchod
}.
cli-import-warning-line = rhybudd: { $file }: llinell { $line }: { $problem }
cli-import-warning-cell = rhybudd: { $file }: llinell { $line }, "{ $column }": { $problem }
cli-audit-doubts = nodyn: darllenwyd { $count } cell o { $file } gydag amheuaeth; mae `cares import` yn eu rhestru
cli-export-first-only = nodyn: mae gan { $file } { $count } cynllun; dim ond y cyntaf, "{ $title }", a allforiwyd

## Geiriau'r craidd am becyn gweithredu (cares-core `packs::review`).

core-pack-no-steps = Does dim camau yn y pecyn hwn eto. Ychwanegwch o leiaf un peth y gall pobl ei wneud.
core-pack-nothing-local = Ychwanegwch gyswllt lleol, man cyfarfod neu ddigwyddiad, fel bod pobl yn gwybod ble i droi.
core-pack-blank-step = Mae cam { $step } yn wag. Ysgrifennwch beth all pobl ei wneud, neu dilëwch ef.
core-pack-contact-unreachable = Sut gall pobl gysylltu â { $name }? Ychwanegwch rif ffôn, cyfeiriad e-bost neu amser galw heibio.
core-pack-contact-unreachable-unnamed = Sut gall pobl gysylltu â'r cyswllt hwn? Ychwanegwch rif ffôn, cyfeiriad e-bost neu amser galw heibio.
core-pack-place-without-address = Ble mae { $name }? Ychwanegwch gyfeiriad fel y gall gofalwyr ddod o hyd iddo.
core-pack-place-without-address-unnamed = Ble mae'r man cyfarfod hwn? Ychwanegwch gyfeiriad fel y gall gofalwyr ddod o hyd iddo.
core-pack-event-undated = Pryd mae { $name }? Ychwanegwch y dyddiad.
core-pack-event-undated-unnamed = Pryd mae'r digwyddiad hwn? Ychwanegwch y dyddiad.
core-pack-event-without-place = Ble mae { $name }? Ychwanegwch y lle.
core-pack-event-without-place-unnamed = Ble mae'r digwyddiad hwn? Ychwanegwch y lle.

## Geiriau'r craidd pan nad yw rhwydwaith gofalwyr yn gyson (cares-core
## `CarerNetwork::validate`). Enwir cofnodion wrth eu dynodwr, nid wrth enw person.

core-network-duplicate-id = defnyddir dynodwr { $kind ->
    [organisation] y sefydliad
    [locality] yr ardal
    [network-group] y grŵp rhwydwaith
    [member] yr aelod
    [meeting] y cyfarfod
   *[other] { $kind }
} { $id } fwy nag unwaith (cofnodion { $first } a { $second }, gan gyfrif o 0)
core-network-blank-name = does dim enw gan { $kind ->
    [organisation] y sefydliad
    [locality] yr ardal
    [network-group] y grŵp rhwydwaith
    [member] yr aelod
    [meeting] y cyfarfod
   *[other] { $kind }
} { $id }
core-network-unknown-locality = mae'r grŵp rhwydwaith { $network } ar gyfer yr ardal { $locality }, nad yw yn y rhwydwaith
core-network-unknown-hub = mae'r grŵp rhwydwaith { $network } yn adrodd i'r grŵp { $hub }, nad yw yn y rhwydwaith
core-network-hub-not-strategic = mae'r grŵp rhwydwaith { $network } yn adrodd i'r grŵp { $hub }, nad yw'n grŵp strategol; mae grwpiau ardal yn adrodd i'r canolbwynt
core-network-unknown-organisation = mae'r aelod { $member } o'r sefydliad { $organisation }, nad yw yn y rhwydwaith
core-network-unknown-membership = mae'r aelod { $member } yn perthyn i'r grŵp rhwydwaith { $network }, nad yw yn y rhwydwaith
core-network-duplicate-membership = mae'r aelod { $member } yn rhestru'r grŵp rhwydwaith { $network } fwy nag unwaith
core-network-unknown-meeting-network = cynhelir y cyfarfod { $meeting } gan y grŵp rhwydwaith { $network }, nad yw yn y rhwydwaith
core-network-ends-before-start = mae'r cyfarfod { $meeting } yn gorffen am { $end }, nad yw ar ôl iddo ddechrau am { $start }
core-network-unknown-attendee = mae'r cyfarfod { $meeting } yn rhestru'r aelod { $member } yn bresennol, nad yw yn y rhwydwaith
core-network-duplicate-attendee = mae'r cyfarfod { $meeting } yn rhestru'r aelod { $member } yn bresennol fwy nag unwaith
## Agor ffeiliau: beth oedd y ffeil a beth i'w wneud (cyngor cares-core a cares-xlsx), a'r meysydd ffeil sy'n eu hagor.

file-not-a-plan = Nid ffeil cynllun o cares yw hon. Mae enwau ffeiliau cynllun yn gorffen gyda .cares.json.
file-cut-short = Mae'r ffeil hon yn stopio hanner ffordd: efallai iddi gael ei thorri'n fyr wrth ei chadw neu ei hanfon. Os yw'n ffeil cynllun o cares, gofynnwch am gopi newydd.
file-damaged = Mae'r ffeil hon wedi'i difrodi, neu nid yw'n ffeil cynllun o cares. Mae enwau ffeiliau cynllun yn gorffen gyda .cares.json; os yw hon yn un, gofynnwch am gopi newydd.
file-plan-too-large = Mae'r ffeil hon yn llawer mwy nag unrhyw ffeil cynllun o cares. Gwiriwch mai'r ffeil iawn a ddewisoch.
file-plan-newer = Cafodd y ffeil cynllun hon ei chadw gan fersiwn mwy newydd o cares. Diweddarwch cares (mewn porwr, ail-lwythwch y dudalen tra byddwch ar-lein), yna agorwch y ffeil eto.
file-plan-changed = Mae'r ffeil cynllun hon wedi'i newid y tu allan i cares, felly ni ellir ei hagor yn ddiogel. Gofynnwch am gopi newydd wedi'i gadw o cares.
file-table-too-large = Mae'r daenlen hon yn rhy fawr i un cynllun. Rhannwch hi'n daenlenni llai ac agorwch bob un.
file-table-not-utf8 = Ni chafodd y daenlen hon ei chadw fel testun UTF-8. Yn eich rhaglen daenlen, cadwch hi fel “CSV UTF-8” ac agorwch y ffeil honno.
file-table-empty = Mae'r daenlen hon yn wag. Gwiriwch mai'r ffeil iawn a ddewisoch.
file-table-not-actions = { $count ->
    [one] Nid tabl o gamau gweithredu yw'r daenlen hon: nid oes ganddi golofn { $columns }. Rhowch benawdau'r colofnau yn ei rhes gyntaf (mae pob un gan daenlen a lawrlwythwyd o cares), yna agorwch hi eto.
   *[other] Nid tabl o gamau gweithredu yw'r daenlen hon: nid oes ganddi golofnau { $columns }. Rhowch benawdau'r colofnau yn ei rhes gyntaf (mae pob un gan daenlen a lawrlwythwyd o cares), yna agorwch hi eto.
}
file-table-row-broken = Nid yw llinell { $line } y daenlen hon yn cyd-fynd â phenawdau ei cholofnau. Agorwch hi yn eich rhaglen daenlen, cadwch hi fel CSV eto, ac agorwch honno.
file-table-cell-too-long = Mae cell ar linell { $line } (colofn “{ $column }”) yn rhy hir i cares. Byrhewch hi, yna agorwch y ffeil eto.
file-workbook-too-large = Mae'r llyfr gwaith hwn yn rhy fawr i'w agor. Cadwch y tabl camau gweithredu ar ei ben ei hun mewn llyfr gwaith newydd ac agorwch hwnnw.
file-workbook-not-xlsx = Nid llyfr gwaith Excel (.xlsx) yw hwn. Yn eich rhaglen daenlen, cadwch ef fel “Excel Workbook (.xlsx)” ac agorwch hwnnw.
file-workbook-password = Mae cyfrinair ar y llyfr gwaith hwn, felly ni all cares ei ddarllen. Tynnwch y cyfrinair yn eich rhaglen daenlen, cadwch ef, ac agorwch ef eto.
file-workbook-damaged = Mae'r llyfr gwaith hwn wedi'i ddifrodi. Agorwch ef yn eich rhaglen daenlen, cadwch ef eto fel .xlsx, ac agorwch hwnnw.
file-workbook-no-sheet = Nid oes gan y llyfr gwaith hwn ddalen o gamau gweithredu. Rhowch y tabl camau gweithredu ar ei ddalen gyntaf ac agorwch ef eto.
file-workbook-too-wide = Mae gan res { $row } y ddalen “{ $sheet }” destun ymhell i'r dde o'r tabl camau gweithredu. Symudwch neu dilëwch y testun hwnnw, cadwch, ac agorwch y llyfr gwaith eto.
open-file-not-read = Nid oedd modd agor y ffeil hon: { $why }.
open-file-details = Manylion
open-file-reading = Yn darllen y ffeil…
open-file-hint-plans = Dewiswch ffeil cynllun a gadwyd o'r ap hwn. Mae ei henw'n gorffen gyda .cares.json.
open-file-hint-plans-and-tables = Dewiswch ffeil cynllun a gadwyd o'r ap hwn (mae ei henw'n gorffen gyda .cares.json), neu daenlen o gamau gweithredu (.xlsx, neu wedi'i chadw fel CSV), sy'n dod yn gynllun newydd.
open-file-label = Agor ffeil cynllun
open-file-unchanged = Does dim byd ar y ddyfais hon wedi newid.
open-file-not-kept = Nid oedd modd agor y ffeil hon: { $reason }. Does dim byd ar y ddyfais hon wedi newid.
open-file-copy-of-plan = Copi o'r cynllun hwn yw'r ffeil hon.
open-file-already-here = Mae “{ $title }” eisoes ar y ddyfais hon.
open-file-merge = Uno eu newidiadau nhw â'm rhai i
open-file-cancel = Canslo
open-file-go-to-plan = Mynd i'r cynllun
open-file-merged = { $count ->
    [one] Wedi uno: 1 newid newydd.
   *[other] Wedi uno: { $count } newid newydd.
}
someone-file-label = Agor ffeil rhywun arall
someone-file-unchanged = Nid yw eich cynllun wedi newid.
someone-file-plan-closed = mae'r cynllun hwn ar gau
someone-file-not-saved = Nid oedd modd cadw cynllun y ffeil: { $reason }. Nid yw eich cynllun wedi newid.
someone-file-not-removed = Mae cynllun y ffeil wedi'i gadw, ond nid oedd modd tynnu'r cynllun hwn: { $reason }.
someone-file-cannot-merge = Copi o'r cynllun hwn yw'r ffeil hon, ond ni ellir uno'r ddau: { $reason }. Gallwch ei hagor fel cynllun ar wahân yn lle hynny.
someone-file-open-separate = Ei hagor fel cynllun ar wahân
someone-file-different = Cynllun gwahanol yw'r ffeil hon.
someone-file-called = Ei henw yw “{ $title }”.
someone-file-replace = Rhoi hon yn lle'r cynllun hwn

## Y dudalen Rhannu, dolen cynllun, ac agor dolen a rannwyd.

share-page-no-plan = Agorwch gynllun yn gyntaf.
share-page-title = Rhannu a chadw copi
share-page-copy-title = Cadw copi
share-page-copy-intro = Mae eich cynllun wedi'i gadw ar y ddyfais hon yn unig. Lawrlwythwch gopi i'w gadw'n ddiogel, neu i'w anfon at rywun. Gallan nhw ei agor yn yr ap hwn.
share-page-spreadsheet-title = Taenlen
share-page-spreadsheet-intro = Y camau gweithredu yng ngholofnau llyfr gwaith cynllun gweithredu'r cyngor, fel CSV neu fel llyfr gwaith Excel gyda'r sgoriau yn eu lliwiau.
share-page-their-copy-title = Copi rhywun arall
share-page-their-copy-intro = Os anfonodd rhywun eu copi nhw o gynllun atoch, agorwch ef yma. Chi sy'n dewis beth sy'n digwydd cyn i unrhyw beth newid.
share-link-title = Rhannu gyda dolen
share-link-intro = Rhowch gopi o'r cynllun hwn ar y gweinydd a chael dolen iddo. Gall unrhyw un sydd â'r ddolen agor y cynllun, felly anfonwch hi dim ond at bobl rydych chi'n gweithio gyda nhw.
share-link-make = Gwneud dolen
share-link-made = Mae'r ddolen wedi'i gwneud. Copïwch hi a'i hanfon at y bobl rydych chi'n gweithio gyda nhw.
share-link-label = Dolen i'r cynllun hwn
share-link-hint = Mae'n agor y cynllun fel yr oedd pan wnaed y ddolen.
share-link-copy = Copïo'r ddolen
share-link-copied = Mae'r ddolen wedi'i chopïo.
share-link-not-copied = Ni fyddai'r porwr hwn yn copïo'r ddolen. Mae wedi'i dewis: copïwch hi o'r blwch.
share-link-stop = Rhoi'r gorau i rannu
share-link-stop-question = Rhoi'r gorau i rannu'r cynllun hwn?
share-link-stop-explained = Mae'r gweinydd yn dileu ei gopi, ac mae'r ddolen yn stopio gweithio i bawb sydd â hi. Mae eich cynllun yn aros ar y ddyfais hon, ac mae copïau y mae pobl eisoes wedi'u hagor yn aros ar eu rhai nhw.
share-link-stop-yes = Ie, rhoi'r gorau i rannu
share-link-stop-no = Dal ati i rannu
share-link-stopped = Wedi rhoi'r gorau i rannu. Nid yw'r ddolen yn agor y cynllun hwn bellach.
shared-link-title = Cynllun a rannwyd
shared-link-opening = Yn agor y cynllun a rannwyd…
shared-link-unreadable = Nid oedd modd darllen y cynllun a rannwyd: { $reason }.
shared-link-other-plan = Agorodd y ddolen hon gynllun gwahanol. Gofynnwch am y ddolen eto.
shared-link-not-kept = Nid oedd modd cadw'r cynllun a rannwyd ar y ddyfais hon: { $reason }.
shared-link-merged = { $count ->
    [0] Mae'r cynllun hwn eisoes ar y ddyfais hon, gyda phob newid sydd yn y copi a rannwyd.
    [one] Mae'r cynllun hwn eisoes ar y ddyfais hon. Ychwanegwyd 1 newid o'r copi a rannwyd.
   *[other] Mae'r cynllun hwn eisoes ar y ddyfais hon. Ychwanegwyd { $count } newid o'r copi a rannwyd.
}
shared-link-open-plan = Agor y cynllun

## Meysydd ffurflen: terfynau ar destun, drafftiau a gedwir ar y ddyfais, a botwm calendr dyddiad.

form-paste-cut = Mae'r maes hwn yn dal hyd at { $limit } nod, felly dim ond y { $kept } nod cyntaf o'r hyn a ludwyd gennych a ychwanegwyd, a gadawyd y { $dropped } arall allan. Maen nhw'n dal yn yr hyn a gopïwyd gennych.
form-count = { $length } o { $limit } nod
form-field-full = { $length } o { $limit } nod: mae'r maes yn llawn
form-draft-put-back = Dyma'r hyn a deipiwyd gennych yma o'r blaen; cafodd ei gadw ar y ddyfais hon ac nid yw wedi'i gadw yn y cynllun eto.
date-calendar-name = { $label }: dewis o galendr
