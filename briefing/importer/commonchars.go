package importer

// Characters frequent in running text, one string per script, written for
// telling legacy encodings apart (see detect.go): text decoded with the
// right encoding is made mostly of them, text decoded with a wrong one only
// by chance. They are the syllables and ideographs that carry particles,
// endings and the words of news and everyday prose; the order is not used.

// commonHangul holds some 300 Hangul syllables that make up most of Korean
// text.
const commonHangul = "" +
	"이다의는에을하고가기지서로한사도대자리어인나수시정국일게부있들해보적구으를라상전주만제과와요중면장했것위내여원성동우소아" +
	"거회방경문연용데미신무비분화조관공야생까년등려마학당출실물치체선세계업교각명개단터간오타말같발외후식바역양작결운현법민산" +
	"영행입없통점진안저유모금재건그및때된될되은던할합니습며았었였겠르러른음임함번더또월측설파트스드프크레디피테코쪽향력협군병" +
	"북남령투육언론뉴차최표준강밝혔께처럼큼밖든않따련난올특히두매직맹본럽울천광평담획예증감격환율노술품람족료너날씨택철항융권" +
	"험검찰판혐황응능필새많높낮늘목토열읽못름배복취추져받놓알살쓰잘왜좋싶봤줬갔왔났겼렸뒤앞속손몸눈길집돈힘땅불꼭즉곧약총첫네" +
	"백억곳째씩쯤률량급층형류팀액록범죄청확논책규"

// commonHanzi holds frequent Chinese characters in their simplified forms.
const commonHanzi = "" +
	"的一是不了在人有我他这个们中来上大为和国地到以说时要就出会可也你对生能而子那得于着下自之年过发后作里用道行所然家种事成方" +
	"多经么去法学如都同现当没动面起看定天分还进好小部其些主样理心她本前开但因只从想实日军者意无力它与长把机十民第公此已工使情" +
	"明性知全三又关点正业外将两高间由问很最重并物手应战向头文体政美相见被利什二等产或新己制身果加西斯月话合回特代内信表化老给" +
	"世位次度门任常先海通教儿原东声提立及比员解水名真论处走义各入几口认条平系气题活尔更别打女变四神总何电数安少报才结反受目太" +
	"量再感建务做接必场件计管期市直德资命山金指克许统区保至队形社便空决治展马科司五基眼书非则听白却界达光放强即像难且权思王象" +
	"完设式色路记南品住告类求据程北边死张该交规万取拉格望觉术领共确传师观清今切院让识候带导争运笑飞风步改收根干造言联持组每济" +
	"车亲极林服快办议往元英士证近失转夫令准布始怎呢存未远叫台单影具罗字爱击流备兵连调深商算质团集百需价花党华城石级整府离况亚" +
	"请技际约示复病息究线似官火断精满支视消越器容照须九增研写称企八功吗包片史委乎查轻易早曾除农找装广显吧阿李标谢供习网站络闻" +
	"源图频评专昨热首页登录注册搜索推荐阅读责编辑版育娱乐财汽房旅游健康京州圳香港湾韩俄欧洲银投革项介绍降低响析孩医患疫故警案"

// commonHanziTraditional holds the traditional forms of frequent Chinese
// characters that differ from the simplified ones.
const commonHanziTraditional = "" +
	"這個們來為國說時會對發後裡麼經學現當沒動還進樣開實軍無與長機關點業將兩間問並應戰頭體見產給話內過種從處員論義幾認條氣題爾" +
	"別變總電數報結務場計區隊決馬書則聽卻達強難權設記類據邊張該規萬覺術領確傳師觀讓識帶導爭運飛風聯組濟車親極辦議證轉準遠單羅" +
	"愛擊備連調質團價黨華級離況亞請際約復線斷滿視須寫稱嗎輕農裝廣顯標謝習網絡聞佈訊圖頻評專熱頁錄註冊尋閱讀責編輯歷職臺灣韓歐" +
	"資項狀減響醫統選舉"

// commonKanji holds frequent Japanese kanji not in the two lists above
// (the shinjitai forms among them).
const commonKanji = "" +
	"東円六気七午川千半男校語土木食毎母右読友左休父雨経済発関係対応実施予阪県町村駅店歳挙総臣省防衛米朝鮮株価替療染検査型策援" +
	"域察疑逮捕裁判害局続売図広変転権圧営歴戦鉄銀様楽薬験辺沢浜団伝仏旧届帯単処払拡択黒労働込扱乗覧参"
