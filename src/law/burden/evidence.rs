//! The evidence a consumer can hold, which elements each item goes to, and how to get it.

use super::elements::ElementId as E;
use super::ClaimBurden;
use serde::Serialize;

/// An item of evidence the user may tick.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Evidence {
    /// Order records, payment records, the invoice (订单、付款记录、发票).
    OrderRecords,
    /// Screenshots of the pages, the listing, the advertising (页面截图).
    Screenshots,
    /// Pages preserved by a notary (公证).
    Notarised,
    /// The scam message or call and what it knew (诈骗短信、电话的内容).
    ScamMessage,
    /// When it came, relative to the purchase or registration (时间先后).
    MessageTiming,
    /// Calls recorded (通话录音).
    RecordedCalls,
    /// Messages with the business or the platform (与客服、平台的沟通记录).
    PlatformChat,
    /// A police report receipt (报警回执).
    PoliceReport,
    /// A copy of one's data obtained from the business (PIPL 45).
    DataCopy,
    /// A test report, or photos of the expiry date or label (检测报告、保质期照片).
    TestReport,
    /// Medical records and bills (病历、医疗费票据).
    MedicalRecords,
}

impl Evidence {
    pub const ALL: [Evidence; 11] = [
        Evidence::OrderRecords,
        Evidence::Screenshots,
        Evidence::Notarised,
        Evidence::ScamMessage,
        Evidence::MessageTiming,
        Evidence::RecordedCalls,
        Evidence::PlatformChat,
        Evidence::PoliceReport,
        Evidence::DataCopy,
        Evidence::TestReport,
        Evidence::MedicalRecords,
    ];

    /// The wire and element-id name.
    pub fn id(self) -> &'static str {
        match self {
            Evidence::OrderRecords => "order-records",
            Evidence::Screenshots => "screenshots",
            Evidence::Notarised => "notarised",
            Evidence::ScamMessage => "scam-message",
            Evidence::MessageTiming => "message-timing",
            Evidence::RecordedCalls => "recorded-calls",
            Evidence::PlatformChat => "platform-chat",
            Evidence::PoliceReport => "police-report",
            Evidence::DataCopy => "data-copy",
            Evidence::TestReport => "test-report",
            Evidence::MedicalRecords => "medical-records",
        }
    }

    /// The elements this item goes to in a claim.
    pub fn supports(self, claim: ClaimBurden) -> &'static [E] {
        let leak = matches!(
            claim,
            ClaimBurden::PresumedFault | ClaimBurden::OrdinaryFault
        );
        match (self, leak) {
            (Evidence::OrderRecords, true) => &[E::Processing],
            (Evidence::OrderRecords, false) => &[E::Sale],
            (Evidence::Screenshots | Evidence::Notarised, true) => {
                &[E::Processing, E::Infringement]
            }
            (Evidence::Screenshots | Evidence::Notarised, false) => match claim {
                ClaimBurden::Fraud => &[E::Deception],
                ClaimBurden::Food | ClaimBurden::Drug => &[E::Substandard, E::SellerKnew],
                _ => &[E::Defect],
            },
            (Evidence::ScamMessage, true) => &[E::Infringement, E::Causation],
            (Evidence::MessageTiming, true) => &[E::Causation],
            (Evidence::RecordedCalls, true) => &[E::Damage, E::Causation],
            (Evidence::RecordedCalls, false) => &[E::Deception],
            (Evidence::PlatformChat, true) => &[E::Processing, E::Fault],
            (Evidence::PlatformChat, false) => match claim {
                ClaimBurden::Fraud => &[E::Sale, E::Deception],
                _ => &[E::Sale, E::SellerKnew],
            },
            (Evidence::PoliceReport, true) => &[E::Damage],
            (Evidence::DataCopy, true) => &[E::Processing],
            (Evidence::TestReport, false) => match claim {
                ClaimBurden::Food | ClaimBurden::Drug => &[E::Substandard],
                ClaimBurden::Defective => &[E::Defect],
                _ => &[E::Deception],
            },
            (Evidence::MedicalRecords, false) if claim == ClaimBurden::Defective => {
                &[E::SeriousHarm, E::Causation]
            }
            (Evidence::MedicalRecords, true) => &[E::Damage],
            _ => &[],
        }
    }
}
